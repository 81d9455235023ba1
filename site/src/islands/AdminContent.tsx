// 内容编辑 (/admin/content/): platform staff write and edit news (all of it: the platform's and
// the teams'), role models (志愿榜样) and showcases (重点项目展示) with the same editor and live
// preview, publish them now or at a time, and withdraw them.
import { useState } from 'preact/hooks';
import type {
  AdminNewsDeskQuery,
  AdminNewsDeskQueryVariables,
  AdminRoleModelDeskQuery,
  AdminRoleModelDeskQueryVariables,
  AdminShowcaseDeskQuery,
  AdminShowcaseDeskQueryVariables,
  AdminRoleModelFieldsFragment,
  AdminSaveRoleModelMutation,
  AdminSaveRoleModelMutationVariables,
  AdminSaveShowcaseMutation,
  AdminSaveShowcaseMutationVariables,
  AdminShowcaseFieldsFragment,
  AdminPublishRoleModelMutation,
  AdminPublishRoleModelMutationVariables,
  AdminPublishShowcaseMutation,
  AdminPublishShowcaseMutationVariables,
  AdminWithdrawRoleModelMutation,
  AdminWithdrawRoleModelMutationVariables,
  AdminWithdrawShowcaseMutation,
  AdminWithdrawShowcaseMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send, type Sent } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { ArticlePreview, usePreviewHtml } from './ArticlePreview';
import { CoverField } from './CoverField';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { NewsDesk, type DeskData } from './NewsDesk';
import { deskArticle, publishedText, StatusLine, upsert } from './NewsEditor';
import { PublishControls } from './PublishControls';
import { NEWS_WORDS } from './words/manage-news';

const roleModelFields = /* GraphQL */ `
  fragment AdminRoleModelFields on RoleModel {
    id
    name
    honor
    citation
    year
    district
    photoUrl
    status
    isPublic
    publishedAt
  }
`;

const showcaseFields = /* GraphQL */ `
  fragment AdminShowcaseFields on Showcase {
    id
    title
    summary
    body
    coverImageUrl
    status
    isPublic
    publishedAt
  }
`;

const newsQuery = operation<AdminNewsDeskQuery, AdminNewsDeskQueryVariables>(
  /* GraphQL */ `
    query AdminNewsDesk {
      newsDesk(first: 100) {
        nodes {
          ...DeskArticle
        }
      }
    }
  `,
  deskArticle,
);

const roleModelsQuery = operation<AdminRoleModelDeskQuery, AdminRoleModelDeskQueryVariables>(
  /* GraphQL */ `
    query AdminRoleModelDesk {
      roleModelDesk(first: 100) {
        nodes {
          ...AdminRoleModelFields
        }
      }
    }
  `,
  roleModelFields,
);

const showcasesQuery = operation<AdminShowcaseDeskQuery, AdminShowcaseDeskQueryVariables>(
  /* GraphQL */ `
    query AdminShowcaseDesk {
      showcaseDesk(first: 100) {
        nodes {
          ...AdminShowcaseFields
        }
      }
    }
  `,
  showcaseFields,
);

const saveRoleModel = operation<AdminSaveRoleModelMutation, AdminSaveRoleModelMutationVariables>(
  /* GraphQL */ `
    mutation AdminSaveRoleModel($id: ID!, $create: CreateRoleModelInput!, $update: UpdateRoleModelInput!, $isNew: Boolean!) {
      createRoleModel(input: $create) @include(if: $isNew) {
        ...AdminRoleModelFields
      }
      updateRoleModel(id: $id, input: $update) @skip(if: $isNew) {
        ...AdminRoleModelFields
      }
    }
  `,
  roleModelFields,
);

const saveShowcase = operation<AdminSaveShowcaseMutation, AdminSaveShowcaseMutationVariables>(
  /* GraphQL */ `
    mutation AdminSaveShowcase($id: ID!, $create: CreateShowcaseInput!, $update: UpdateShowcaseInput!, $isNew: Boolean!) {
      createShowcase(input: $create) @include(if: $isNew) {
        ...AdminShowcaseFields
      }
      updateShowcase(id: $id, input: $update) @skip(if: $isNew) {
        ...AdminShowcaseFields
      }
    }
  `,
  showcaseFields,
);

const publishRoleModel = operation<AdminPublishRoleModelMutation, AdminPublishRoleModelMutationVariables>(
  /* GraphQL */ `
    mutation AdminPublishRoleModel($id: ID!, $at: DateTime) {
      publishRoleModel(id: $id, publishedAt: $at) {
        ...AdminRoleModelFields
      }
    }
  `,
  roleModelFields,
);

const publishShowcase = operation<AdminPublishShowcaseMutation, AdminPublishShowcaseMutationVariables>(
  /* GraphQL */ `
    mutation AdminPublishShowcase($id: ID!, $at: DateTime) {
      publishShowcase(id: $id, publishedAt: $at) {
        ...AdminShowcaseFields
      }
    }
  `,
  showcaseFields,
);

const withdrawRoleModel = operation<AdminWithdrawRoleModelMutation, AdminWithdrawRoleModelMutationVariables>(
  /* GraphQL */ `
    mutation AdminWithdrawRoleModel($id: ID!) {
      unpublishRoleModel(id: $id) {
        ...AdminRoleModelFields
      }
    }
  `,
  roleModelFields,
);

const withdrawShowcase = operation<AdminWithdrawShowcaseMutation, AdminWithdrawShowcaseMutationVariables>(
  /* GraphQL */ `
    mutation AdminWithdrawShowcase($id: ID!) {
      unpublishShowcase(id: $id) {
        ...AdminShowcaseFields
      }
    }
  `,
  showcaseFields,
);

type RoleModel = AdminRoleModelFieldsFragment;
type Showcase = AdminShowcaseFieldsFragment;
type Item = RoleModel | Showcase;
type Values = Record<string, string>;
type Tab = 'news' | 'roleModels' | 'showcases';
const TABS: Tab[] = ['news', 'roleModels', 'showcases'];

/** What tells role models and showcases apart on the desk: their fields and operations. */
interface Kind<T extends Item> {
  fields: { name: string; kind: 'text' | 'textarea' | 'markdown' | 'cover' | 'year'; required?: boolean; maxLength?: number }[];
  title: (item: T) => string;
  values: (item: T | null) => Values;
  save: (id: string | null, values: Values, locale: Locale) => Promise<Sent<T>>;
  publish: (id: string, at: string | null, locale: Locale) => Promise<Sent<T>>;
  withdraw: (id: string, locale: Locale) => Promise<Sent<T>>;
}

const text = (v: string) => v.trim() || null;
const fields = (locale: Locale) => NEWS_WORDS[locale].fields;
const pick = <T,>(result: Sent<Record<string, T | null | undefined>>): Sent<T> =>
  result.ok ? { ok: true, data: Object.values(result.data).find(Boolean)! } : result;

const ROLE_MODELS: Kind<RoleModel> = {
  fields: [
    { name: 'name', kind: 'text', required: true, maxLength: 60 },
    { name: 'honor', kind: 'text', maxLength: 60 },
    { name: 'citation', kind: 'textarea', required: true },
    { name: 'year', kind: 'year' },
    { name: 'district', kind: 'text', maxLength: 40 },
    { name: 'photoUrl', kind: 'cover' },
  ],
  title: (m) => m.name,
  values: (m) => ({
    name: m?.name ?? '',
    honor: m?.honor ?? '',
    citation: m?.citation ?? '',
    year: m?.year ? String(m.year) : '',
    district: m?.district ?? '',
    photoUrl: m?.photoUrl ?? '',
  }),
  save: async (id, v, locale) => {
    const input = {
      name: v.name,
      honor: text(v.honor),
      citation: v.citation,
      year: v.year.trim() ? Number(v.year) : null,
      district: text(v.district),
      photoUrl: text(v.photoUrl),
    };
    return pick(await send(saveRoleModel, { id: id ?? '', isNew: !id, create: input, update: input }, locale, fields(locale)));
  },
  publish: async (id, at, locale) => pick(await send(publishRoleModel, { id, at }, locale, fields(locale))),
  withdraw: async (id, locale) => pick(await send(withdrawRoleModel, { id }, locale, fields(locale))),
};

const SHOWCASES: Kind<Showcase> = {
  fields: [
    { name: 'title', kind: 'text', required: true, maxLength: 120 },
    { name: 'summary', kind: 'text', required: true, maxLength: 300 },
    { name: 'coverImageUrl', kind: 'cover' },
    { name: 'body', kind: 'markdown' },
  ],
  title: (s) => s.title,
  values: (s) => ({ title: s?.title ?? '', summary: s?.summary ?? '', coverImageUrl: s?.coverImageUrl ?? '', body: s?.body ?? '' }),
  save: async (id, v, locale) => {
    const input = { title: v.title, summary: v.summary, body: text(v.body), coverImageUrl: text(v.coverImageUrl) };
    return pick(await send(saveShowcase, { id: id ?? '', isNew: !id, create: input, update: input }, locale, fields(locale)));
  },
  publish: async (id, at, locale) => pick(await send(publishShowcase, { id, at }, locale, fields(locale))),
  withdraw: async (id, locale) => pick(await send(withdrawShowcase, { id }, locale, fields(locale))),
};

export function AdminContent({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <ContentDesk locale={locale} />}</AdminGate>;
}

function ContentDesk({ locale }: { locale: Locale }) {
  const w = NEWS_WORDS[locale];
  const [tab, setTab] = useState<Tab>(() =>
    (TABS as string[]).includes(new URLSearchParams(location.search).get('tab') ?? '') ? (new URLSearchParams(location.search).get('tab') as Tab) : 'news',
  );
  const loadNews = async (): Promise<ApiResult<DeskData | null>> => mapped(await request(newsQuery, {}), (d) => ({ articles: d.newsDesk.nodes, projects: [] }));
  const choose = (next: Tab) => {
    setTab(next);
    const url = new URL(location.href);
    url.searchParams.set('tab', next);
    history.replaceState(history.state, '', url);
  };
  return (
    <>
      <nav class="manage-tabs" aria-label={w.tabsLabel}>
        {TABS.map((t) => (
          <button key={t} type="button" class="signup-more" aria-pressed={t === tab} onClick={() => choose(t)}>
            {w.tabs[t]}
          </button>
        ))}
      </nav>
      {tab === 'news' && <NewsDesk key="news" locale={locale} organizationId={null} staff load={loadNews} />}
      {tab === 'roleModels' && (
        <ItemDesk
          key="roleModels"
          tab={tab}
          kind={ROLE_MODELS}
          locale={locale}
          load={async () => mapped(await request(roleModelsQuery, {}), (d) => d.roleModelDesk.nodes)}
        />
      )}
      {tab === 'showcases' && (
        <ItemDesk
          key="showcases"
          tab={tab}
          kind={SHOWCASES}
          locale={locale}
          load={async () => mapped(await request(showcasesQuery, {}), (d) => d.showcaseDesk.nodes)}
        />
      )}
    </>
  );
}

function mapped<A, B>(result: ApiResult<A | null>, f: (a: A) => B): ApiResult<B | null> {
  return result.ok ? { ok: true, data: result.data === null ? null : f(result.data) } : result;
}

function ItemDesk<T extends Item>({ tab, kind, locale, load }: { tab: Tab; kind: Kind<T>; locale: Locale; load: () => Promise<ApiResult<T[] | null>> }) {
  const w = NEWS_WORDS[locale];
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(load, locale);
  const saved = (item: T, text: string, close: boolean) => {
    update((list) => upsert(list, item));
    if (close) {
      setEditing(null);
      setNote({ tone: 'success', text });
    }
  };
  const withdraw = async (item: T) => {
    const result = await kind.withdraw(item.id, locale);
    if (!result.ok) return setNote({ tone: 'error', text: result.text });
    update((list) => upsert(list, result.data));
    setNote({ tone: 'success', text: w.withdrawn(kind.title(item)) });
  };
  if (editing) {
    return (
      <ItemEditor
        tab={tab}
        kind={kind}
        locale={locale}
        item={editing === 'new' ? null : editing}
        onSaved={saved}
        onBack={() => (setEditing(null), setNote(null))}
      />
    );
  }
  return (
    <ManageSection id={`content-${tab}`} title={w.tabs[tab]} state={state} retry={retry} locale={locale}>
      {(items) => (
        <>
          <p class="manage-actions">
            <button type="button" class="form-submit" onClick={() => (setEditing('new'), setNote(null))}>
              {w.create[tab]}
            </button>
          </p>
          <FormStatus status={note} locale={locale} />
          {items.length ? (
            <ul class="manage-list" data-list={tab}>
              {items.map((item) => (
                <li key={item.id} class="manage-item" data-item={item.id}>
                  <h3>
                    {kind.title(item)} <StatusLine article={item} locale={locale} />
                  </h3>
                  <div class="manage-actions">
                    <button type="button" class="signup-more" onClick={() => (setEditing(item), setNote(null))}>
                      {w.edit}
                      <span class="visually-hidden">：{kind.title(item)}</span>
                    </button>
                    {item.status === 'PUBLISHED' && (
                      <button type="button" class="signup-more" onClick={() => void withdraw(item)}>
                        {w.withdraw}
                        <span class="visually-hidden">：{kind.title(item)}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.noneOf}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}

interface EditorProps<T extends Item> {
  tab: Tab;
  kind: Kind<T>;
  locale: Locale;
  item: T | null;
  onSaved: (item: T, text: string, close: boolean) => void;
  onBack: () => void;
}

function ItemEditor<T extends Item>({ tab, kind, locale, item: initial, onSaved, onBack }: EditorProps<T>) {
  const w = NEWS_WORDS[locale];
  const [item, setItem] = useState(initial);
  const [values, setValues] = useState<Values>(() => kind.values(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const markdown = kind.fields.find((f) => f.kind === 'markdown');
  const html = usePreviewHtml(markdown ? values[markdown.name] : '');
  const change = (name: string, value: string) => (setValues((o) => ({ ...o, [name]: value })), setErrors(({ [name]: _, ...rest }) => rest), setStatus(null));

  const save = async (): Promise<T | null> => {
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = await kind.save(item?.id ?? null, values, locale);
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      setStatus({ tone: 'error', text: result.field ? w.fix : result.text });
      return null;
    }
    setItem(result.data);
    setStatus({ tone: 'success', text: w.saved });
    onSaved(result.data, w.saved, false);
    return result.data;
  };
  const publish = async (at: string | null): Promise<Sent<T>> => {
    const saved = await save();
    return saved ? kind.publish(saved.id, at, locale) : { ok: false, text: w.fix, field: null };
  };

  const labels = w.contentLabels;
  return (
    <section class="account-card" aria-labelledby="content-editor">
      <p class="page-back">
        <button type="button" class="signup-more" onClick={onBack}>
          ← {w.back}
        </button>
      </p>
      <h2 id="content-editor">{w.create[tab]}</h2>
      {item && (
        <p>
          <StatusLine article={item} locale={locale} />
        </p>
      )}
      <div class="news-desk">
        <form class="island-form" onSubmit={(e) => (e.preventDefault(), void save())} noValidate aria-busy={busy}>
          <fieldset disabled={busy}>
            {kind.fields.map((f) =>
              f.kind === 'cover' ? (
                <CoverField
                  key={f.name}
                  name={f.name}
                  label={labels[f.name]}
                  hint={w.coverHint}
                  value={values[f.name]}
                  onValue={(v) => change(f.name, v)}
                  error={errors[f.name]}
                  locale={locale}
                  purpose={f.name === 'photoUrl' ? 'PORTRAIT' : 'COVER'}
                  uploadLabel={f.name === 'photoUrl' ? w.uploadPortrait : w.uploadCover}
                />
              ) : f.kind === 'text' || f.kind === 'year' ? (
                <Field
                  key={f.name}
                  name={f.name}
                  label={labels[f.name]}
                  value={values[f.name]}
                  onValue={(v) => change(f.name, v)}
                  error={errors[f.name]}
                  optional={!f.required}
                  maxLength={f.kind === 'year' ? 4 : f.maxLength}
                  inputMode={f.kind === 'year' ? 'numeric' : undefined}
                  locale={locale}
                />
              ) : (
                <div key={f.name} class={errors[f.name] ? 'field field-invalid' : 'field'}>
                  <label for={`field-${f.name}`}>{labels[f.name]}</label>
                  <textarea
                    id={`field-${f.name}`}
                    class="news-body-input"
                    rows={f.kind === 'markdown' ? 14 : 8}
                    value={values[f.name]}
                    onInput={(e) => change(f.name, e.currentTarget.value)}
                    aria-invalid={errors[f.name] ? 'true' : undefined}
                    aria-describedby={`field-${f.name}-error`}
                  />
                  <p id={`field-${f.name}-error`} class="field-error">
                    {errors[f.name]}
                  </p>
                </div>
              ),
            )}
            <div class="manage-actions">
              <button type="submit" class="signup-more">
                {busy ? w.saving : w.saveItem}
              </button>
            </div>
          </fieldset>
          <FormStatus status={status} locale={locale} />
          <PublishControls
            id="content"
            locale={locale}
            disabled={busy}
            publish={publish}
            onPublished={(data, at) => onSaved(data, publishedText(locale, kind.title(data), at), true)}
          />
        </form>
        {markdown && (
          <ArticlePreview
            live
            locale={locale}
            html={html}
            article={{ title: values.title ?? '', summary: values.summary ?? '', tags: [], coverImageUrl: text(values.coverImageUrl ?? '') }}
          />
        )}
      </div>
    </section>
  );
}
