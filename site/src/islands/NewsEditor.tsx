// The news editor of the team's desk and the staff's: title, summary, address name, tags, cover,
// the activity it reports on, and the Markdown text beside its live preview; errors beside their
// fields. A team saves drafts and submits them for review; staff save and publish (now or at a
// time). The operations of an article's life travel with it.
import { useState } from 'preact/hooks';
import type {
  DeskArticleFragment,
  ManageCreateNewsMutation,
  ManageCreateNewsMutationVariables,
  ManagePublishNewsMutation,
  ManagePublishNewsMutationVariables,
  ManageSubmitNewsMutation,
  ManageSubmitNewsMutationVariables,
  ManageUpdateNewsMutation,
  ManageUpdateNewsMutationVariables,
  ManageWithdrawNewsMutation,
  ManageWithdrawNewsMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { operation } from '../lib/manage-operation';
import { send, type Sent } from '../lib/manage-submit';
import { ArticlePreview, usePreviewHtml } from './ArticlePreview';
import { CoverField } from './CoverField';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { PublishControls } from './PublishControls';
import { NEWS_WORDS } from './words/manage-news';

// Read by codegen like every document; sent with each operation that spreads it.
export const deskArticle = /* GraphQL */ `
  fragment DeskArticle on NewsArticle {
    id
    slug
    title
    summary
    body
    bodyHtml
    tags
    coverImageUrl
    status
    isPublic
    publishedAt
    submittedAt
    returnedReason
    organization {
      id
      name
    }
    project {
      id
      title
    }
  }
`;

const createMutation = operation<ManageCreateNewsMutation, ManageCreateNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManageCreateNews($input: CreateNewsArticleInput!) {
    createNewsArticle(input: $input) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

const updateMutation = operation<ManageUpdateNewsMutation, ManageUpdateNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManageUpdateNews($id: ID!, $input: UpdateNewsArticleInput!) {
    updateNewsArticle(id: $id, input: $input) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

const submitMutation = operation<ManageSubmitNewsMutation, ManageSubmitNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManageSubmitNews($id: ID!) {
    submitNewsArticle(id: $id) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

export const publishNewsMutation = operation<ManagePublishNewsMutation, ManagePublishNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManagePublishNews($id: ID!, $at: DateTime) {
    publishNewsArticle(id: $id, publishedAt: $at) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

export const withdrawNewsMutation = operation<ManageWithdrawNewsMutation, ManageWithdrawNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManageWithdrawNews($id: ID!) {
    unpublishNewsArticle(id: $id) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

export type DeskArticle = DeskArticleFragment;

/** What a reviewer is told once an article is published now or scheduled. */
export function publishedText(locale: Locale, title: string, at: string | null): string {
  const w = NEWS_WORDS[locale];
  return at ? w.scheduled(title, (locale === 'en' ? formatMomentEn : formatMoment)(at)) : w.publishedNow(title);
}

/** Where an article stands, a scheduled one apart from one already public. */
export function deskStatus(article: Pick<DeskArticle, 'status' | 'isPublic'>): string {
  return article.status === 'PUBLISHED' && !article.isPublic ? 'SCHEDULED' : article.status;
}

/** The status line of an article on a desk: its status, and when. */
export function StatusLine({
  article,
  locale,
}: {
  article: Pick<DeskArticle, 'status' | 'isPublic' | 'publishedAt'> & { submittedAt?: string | null };
  locale: Locale;
}) {
  const w = NEWS_WORDS[locale];
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const status = deskStatus(article);
  const when =
    status === 'SCHEDULED'
      ? w.scheduledFor(moment(article.publishedAt))
      : status === 'PUBLISHED'
        ? w.publishedOn(moment(article.publishedAt))
        : status === 'IN_REVIEW' && article.submittedAt
          ? w.submittedOn(moment(article.submittedAt))
          : null;
  return (
    <>
      <span class="manage-status" data-status={status}>
        {w.statuses[status]}
      </span>
      {when && <span class="manage-meta"> {when}</span>}
    </>
  );
}

/** The list with the article put in its place (first when new). */
export function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((a) => a.id === item.id) ? list.map((a) => (a.id === item.id ? item : a)) : [item, ...list];
}

interface DeskListProps {
  articles: DeskArticle[];
  locale: Locale;
  onEdit: (article: DeskArticle) => void;
  onWithdraw: (article: DeskArticle) => void;
  /** Staff edit published articles too, and see whose news each is. */
  staff?: boolean;
}

/** A desk's articles: status (a returned one with its reason), and what may be done with each. */
export function DeskList({ articles, locale, onEdit, onWithdraw, staff = false }: DeskListProps) {
  const w = NEWS_WORDS[locale];
  if (!articles.length) return <p class="account-empty">{w.none}</p>;
  return (
    <ul class="manage-list" data-list="news">
      {articles.map((a) => (
        <li key={a.id} class="manage-item" data-article={a.id}>
          <h3>
            {a.title} <StatusLine article={a} locale={locale} />
          </h3>
          {(a.project || (staff && a.organization)) && (
            <p class="manage-meta">{[staff && a.organization?.name, a.project?.title].filter(Boolean).join(' · ')}</p>
          )}
          {a.status === 'RETURNED' && a.returnedReason && (
            <p class="manage-reason" data-returned-reason>
              {w.returnedBecause}
              {a.returnedReason}
            </p>
          )}
          <div class="manage-actions">
            {(staff || a.status !== 'PUBLISHED') && (
              <button type="button" class="signup-more" onClick={() => onEdit(a)}>
                {w.edit}
                <span class="visually-hidden">：{a.title}</span>
              </button>
            )}
            {(a.status === 'PUBLISHED' || a.status === 'IN_REVIEW') && (
              <button type="button" class="signup-more" onClick={() => onWithdraw(a)}>
                {w.withdraw}
                <span class="visually-hidden">：{a.title}</span>
              </button>
            )}
            {a.isPublic && <a href={localizePath(`/news/${a.slug}/`, locale)}>{w.view}</a>}
          </div>
        </li>
      ))}
    </ul>
  );
}

type FieldName = 'title' | 'summary' | 'slug' | 'tags' | 'coverImageUrl' | 'projectId' | 'body';
type Values = Record<FieldName, string>;

const valuesOf = (a: DeskArticle | null): Values => ({
  title: a?.title ?? '',
  summary: a?.summary ?? '',
  slug: a?.slug ?? '',
  tags: a?.tags.join('，') ?? '',
  coverImageUrl: a?.coverImageUrl ?? '',
  projectId: a?.project?.id ?? '',
  body: a?.body ?? '',
});

const tagsOf = (text: string) =>
  text
    .split(/[,，、]/)
    .map((t) => t.trim())
    .filter(Boolean);

interface Props {
  locale: Locale;
  /** The team whose news it is; null for the platform's own (staff). */
  organizationId: string | null;
  organizationName?: string | null;
  /** Activities it may report on. */
  projects: { id: string; title: string }[];
  article: DeskArticle | null;
  /** Staff publish directly; a team submits for review. */
  staff: boolean;
  onSaved: (article: DeskArticle, text: string) => void;
  onBack: () => void;
}

export function NewsEditor({ locale, organizationId, organizationName, projects, article: initial, staff, onSaved, onBack }: Props) {
  const w = NEWS_WORDS[locale];
  const [article, setArticle] = useState(initial);
  const [values, setValues] = useState<Values>(() => valuesOf(initial));
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'publishedAt', string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const html = usePreviewHtml(values.body);
  const readOnly = !staff && article?.status === 'PUBLISHED';

  const change = (name: FieldName, value: string) => (
    setValues((o) => ({ ...o, [name]: value })),
    setErrors(({ [name]: _, ...rest }) => rest),
    setStatus(null)
  );

  const failed = (result: { text: string; field: string | null }) => {
    const field = result.field?.replace(/\.\d+$/, '') as FieldName | undefined;
    if (field) setErrors({ [field]: result.text });
    setStatus({ tone: 'error', text: result.field ? w.fix : result.text });
    if (field) document.getElementById(`field-${field}`)?.focus();
    return null;
  };

  /** Saves the form; the saved article, or null (the errors shown). */
  const save = async (): Promise<DeskArticle | null> => {
    const input = {
      title: values.title,
      summary: values.summary,
      body: values.body,
      tags: tagsOf(values.tags),
      coverImageUrl: values.coverImageUrl.trim() || null,
      projectId: values.projectId || null,
      ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
    };
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = article
      ? await send(updateMutation, { id: article.id, input }, locale, w.fields)
      : await send(createMutation, { input: { ...input, organizationId } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return failed(result);
    const saved = 'createNewsArticle' in result.data ? result.data.createNewsArticle : result.data.updateNewsArticle;
    setArticle(saved);
    setValues(valuesOf(saved));
    return saved;
  };

  const saveDraft = async (event: Event) => {
    event.preventDefault();
    const saved = await save();
    if (saved) {
      setStatus({ tone: 'success', text: w.saved });
      onSaved(saved, w.saved);
    }
  };

  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    const result = await send(submitMutation, { id: saved.id }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return failed(result);
    setArticle(result.data.submitNewsArticle);
    onSaved(result.data.submitNewsArticle, w.submitted);
  };

  const publish = async (at: string | null): Promise<Sent<ManagePublishNewsMutation>> => {
    const saved = await save();
    if (!saved) return { ok: false, text: w.fix, field: null };
    return send(publishNewsMutation, { id: saved.id, at }, locale, w.fields);
  };

  const field = (name: 'title' | 'summary' | 'slug' | 'tags', extra: { maxLength?: number; hint?: string; optional?: boolean } = {}) => (
    <Field name={name} label={w.labels[name]} value={values[name]} onValue={(v) => change(name, v)} error={errors[name]} locale={locale} {...extra} />
  );
  const project = projects.find((p) => p.id === values.projectId);

  return (
    <section class="account-card" aria-labelledby="news-editor">
      <p class="page-back">
        <button type="button" class="signup-more" onClick={onBack}>
          ← {w.back}
        </button>
      </p>
      <h2 id="news-editor">{article ? w.editor.edit : w.editor.create}</h2>
      {article && (
        <p>
          <StatusLine article={article} locale={locale} />
        </p>
      )}
      {article?.status === 'RETURNED' && article.returnedReason && (
        <p class="manage-reason" data-returned-reason>
          {w.returnedBecause}
          {article.returnedReason}
        </p>
      )}
      {readOnly && <p class="account-note">{w.readOnly}</p>}
      <div class="news-desk">
        <form class="island-form" onSubmit={saveDraft} noValidate aria-busy={busy}>
          <fieldset disabled={readOnly || busy}>
            {field('title', { maxLength: 120 })}
            {field('summary', { maxLength: 300 })}
            {field('slug', { maxLength: 80, hint: w.slugHint, optional: true })}
            {field('tags', { hint: undefined, optional: true })}
            <CoverField
              name="coverImageUrl"
              label={w.labels.coverImageUrl}
              hint={w.coverHint}
              value={values.coverImageUrl}
              onValue={(v) => change('coverImageUrl', v)}
              error={errors.coverImageUrl}
              locale={locale}
              purpose="COVER"
              uploadLabel={w.uploadCover}
              organizationId={organizationId}
            />
            <div class={errors.projectId ? 'field field-invalid' : 'field'}>
              <label for="field-projectId">{w.labels.projectId}</label>
              <select
                id="field-projectId"
                value={values.projectId}
                onChange={(e) => change('projectId', e.currentTarget.value)}
                aria-describedby="field-projectId-error"
              >
                <option value="">{w.noProject}</option>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
              <p id="field-projectId-error" class="field-error">
                {errors.projectId}
              </p>
            </div>
            <div class={errors.body ? 'field field-invalid' : 'field'}>
              <label for="field-body">{w.labels.body}</label>
              <p id="field-body-hint" class="field-hint">
                {w.bodyHint}
              </p>
              <textarea
                id="field-body"
                class="news-body-input"
                rows={14}
                value={values.body}
                onInput={(e) => change('body', e.currentTarget.value)}
                aria-invalid={errors.body ? 'true' : undefined}
                aria-describedby="field-body-hint field-body-error"
              />
              <p id="field-body-error" class="field-error">
                {errors.body}
              </p>
            </div>
            <div class="manage-actions">
              <button type="submit" class={staff ? 'form-submit' : 'signup-more'}>
                {busy ? w.saving : w.save}
              </button>
              {!staff && (
                <button type="button" class="form-submit" data-action="submit" onClick={() => void submit()}>
                  {w.submit}
                </button>
              )}
            </div>
          </fieldset>
          <FormStatus status={status} locale={locale} />
          {staff && (
            <PublishControls
              id="editor"
              locale={locale}
              disabled={busy}
              publish={publish}
              onPublished={(data, at) => onSaved(data.publishNewsArticle, publishedText(locale, data.publishNewsArticle.title, at))}
            />
          )}
        </form>
        <ArticlePreview
          live
          locale={locale}
          html={html}
          article={{
            title: values.title,
            summary: values.summary,
            tags: tagsOf(values.tags),
            coverImageUrl: values.coverImageUrl.trim() || null,
            organization: organizationName ?? null,
            project: project?.title ?? null,
            publishedAt: article?.publishedAt,
          }}
        />
      </div>
    </section>
  );
}
