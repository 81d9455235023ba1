// 我的资质 (/account/): the qualifications the volunteer holds (e.g. 应急救护), each with the date it
// is valid until, or when it expired, and the way to the courses that give them.
// DOM contract (end-to-end tests rely on it): each qualification's <li> has data-qualification="<kind name>" and data-valid.
import type { MyQualificationsQuery, MyQualificationsQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { useSignedIn } from '../lib/signed-in';
import { ManageSection } from './ManageSection';
import { COURSE_WORDS } from './words/courses';
import './my-account.css';
import './manage.css';

const mineQuery = operation<MyQualificationsQuery, MyQualificationsQueryVariables>(/* GraphQL */ `
  query MyQualifications {
    myQualifications {
      id
      valid
      expiresAt
      kind {
        id
        name
        nameEn
      }
    }
  }
`);

type Item = MyQualificationsQuery['myQualifications'][number];

/** Shown to a signed-in volunteer only (MyAccount offers the way to sign in). */
export function MyQualifications({ locale }: { locale: Locale }) {
  return useSignedIn() ? <Qualifications locale={locale} /> : null;
}

function Qualifications({ locale }: { locale: Locale }) {
  const w = COURSE_WORDS[locale].mine;
  const date = locale === 'en' ? formatDateEn : formatDate;
  const { state, retry } = useLoaded(async (): Promise<ApiResult<Item[]>> => {
    const result = await request(mineQuery, {});
    return result.ok ? { ok: true, data: result.data.myQualifications } : result;
  }, locale);
  return (
    <ManageSection id="my-qualifications" title={w.title} state={state} retry={retry} locale={locale}>
      {(items) => (
        <>
          {items.length ? (
            <ul class="manage-list">
              {items.map((q) => (
                <li key={q.id} class="manage-item" data-qualification={q.kind.name} data-valid={String(q.valid)}>
                  <strong>{locale === 'en' ? (q.kind.nameEn ?? q.kind.name) : q.kind.name}</strong>
                  <span class="manage-meta">{q.valid ? w.until(date(q.expiresAt)) : w.expired(date(q.expiresAt))}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
          <p>
            <a href={localizePath('/courses/', locale)}>{w.find}</a>
          </p>
        </>
      )}
    </ManageSection>
  );
}
