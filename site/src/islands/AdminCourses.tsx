// 资质与培训 (/admin/courses/): platform staff keep the qualification kinds (e.g. 应急救护, with how
// long each stays valid) and run the platform's own courses.
import { useState } from 'preact/hooks';
import type {
  AdminCreateQualificationKindMutation,
  AdminCreateQualificationKindMutationVariables,
  AdminQualificationKindsQuery,
  AdminQualificationKindsQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { CourseDesk } from './CourseDesk';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { COURSE_WORDS } from './words/courses';

const kindFields = /* GraphQL */ `
  fragment AdminKind on QualificationKind {
    id
    name
    nameEn
    description
    validityMonths
  }
`;

const kindsQuery = operation<AdminQualificationKindsQuery, AdminQualificationKindsQueryVariables>(
  /* GraphQL */ `
    query AdminQualificationKinds {
      qualificationKinds(first: 100) {
        nodes {
          ...AdminKind
        }
      }
    }
  `,
  kindFields,
);

const createKind = operation<AdminCreateQualificationKindMutation, AdminCreateQualificationKindMutationVariables>(
  /* GraphQL */ `
    mutation AdminCreateQualificationKind($input: CreateQualificationKindInput!) {
      createQualificationKind(input: $input) {
        ...AdminKind
      }
    }
  `,
  kindFields,
);

type Kind = AdminQualificationKindsQuery['qualificationKinds']['nodes'][number];

export function AdminCourses({ locale }: { locale: Locale }) {
  // The course desk reads the kinds when it opens: a kind added here shows there once the page is opened again.
  const [desk, setDesk] = useState(0);
  return (
    <AdminGate locale={locale}>
      {() => (
        <>
          <Kinds locale={locale} onAdded={() => setDesk((n) => n + 1)} />
          <CourseDesk key={desk} organizationId={null} locale={locale} />
        </>
      )}
    </AdminGate>
  );
}

function Kinds({ locale, onAdded }: { locale: Locale; onAdded: () => void }) {
  const w = COURSE_WORDS[locale].kinds;
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Kind[]>> => {
    const r = await request(kindsQuery, {});
    return r.ok ? { ok: true, data: r.data.qualificationKinds.nodes } : r;
  }, locale);
  const [values, setValues] = useState({ name: '', nameEn: '', description: '', validityMonths: '36' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values, value: string) => (setValues((o) => ({ ...o, [name]: value })), setErrors({}));
  const add = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await send(
      createKind,
      {
        input: {
          name: values.name,
          nameEn: values.nameEn.trim() || null,
          description: values.description.trim() || null,
          validityMonths: Number(values.validityMonths),
        },
      },
      locale,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    update((kinds) => [...kinds, result.data.createQualificationKind]);
    setValues({ name: '', nameEn: '', description: '', validityMonths: values.validityMonths });
    setStatus({ tone: 'success', text: w.created });
    onAdded();
  };
  return (
    <ManageSection id="qualification-kinds" title={w.title} note={w.note} state={state} retry={retry} locale={locale}>
      {(kinds) => (
        <>
          {kinds.length ? (
            <ul class="manage-list" data-list="kinds">
              {kinds.map((k) => (
                <li key={k.id} class="manage-item" data-kind={k.id}>
                  <strong>{k.name}</strong>
                  <span class="manage-meta">{[k.nameEn, w.validity(k.validityMonths)].filter(Boolean).join(' · ')}</span>
                  {k.description && <p class="manage-meta">{k.description}</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
          <form class="island-form" onSubmit={add} noValidate aria-busy={busy}>
            <h3 class="manage-subtitle">{w.create}</h3>
            <div class="form-row">
              <Field
                name="kind-name"
                label={w.labels.name}
                value={values.name}
                onValue={(v) => set('name', v)}
                error={errors.name}
                maxLength={60}
                locale={locale}
              />
              <Field
                name="kind-name-en"
                label={w.labels.nameEn}
                value={values.nameEn}
                onValue={(v) => set('nameEn', v)}
                error={errors.nameEn}
                optional
                maxLength={60}
                locale={locale}
              />
            </div>
            <Field
              name="kind-description"
              label={w.labels.description}
              value={values.description}
              onValue={(v) => set('description', v)}
              error={errors.description}
              optional
              maxLength={500}
              locale={locale}
            />
            <Field
              name="kind-validity"
              label={w.labels.validityMonths}
              value={values.validityMonths}
              onValue={(v) => set('validityMonths', v)}
              error={errors.validityMonths}
              inputMode="numeric"
              maxLength={3}
              locale={locale}
            />
            <div class="manage-actions">
              <button type="submit" class="signup-more" disabled={busy}>
                {w.create}
              </button>
            </div>
            <FormStatus status={status} locale={locale} />
          </form>
        </>
      )}
    </ManageSection>
  );
}
