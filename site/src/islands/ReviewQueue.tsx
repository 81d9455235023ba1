// The review queue of news (a federation's ADMINs see their member teams', platform staff all):
// each article as it will look, published now or at a time, or returned with a reason the team
// reads.
import { useRef, useState } from 'preact/hooks';
import type { ManageReturnNewsMutation, ManageReturnNewsMutationVariables, ManageReviewQueueQuery, ManageReviewQueueQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { ArticlePreview } from './ArticlePreview';
import { FormStatus, type Status } from './FormStatus';
import { ReasonField } from './ReasonField';
import { ManageSection } from './ManageSection';
import { deskArticle, publishedText, publishNewsMutation, StatusLine, type DeskArticle } from './NewsEditor';
import { PublishControls } from './PublishControls';
import { NEWS_WORDS } from './words/manage-news';

const queueQuery = operation<ManageReviewQueueQuery, ManageReviewQueueQueryVariables>(
  /* GraphQL */ `
  query ManageReviewQueue {
    newsAwaitingReview(first: 100) {
      nodes {
        ...DeskArticle
      }
    }
  }
`,
  deskArticle,
);

const returnMutation = operation<ManageReturnNewsMutation, ManageReturnNewsMutationVariables>(
  /* GraphQL */ `
  mutation ManageReturnNews($id: ID!, $reason: String!) {
    returnNewsArticle(id: $id, reason: $reason) {
      ...DeskArticle
    }
  }
`,
  deskArticle,
);

export function ReviewQueue({ locale, note: intro }: { locale: Locale; note?: string }) {
  const w = NEWS_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<DeskArticle[] | null>> => {
    const result = await request(queueQuery, {});
    return result.ok ? { ok: true, data: result.data.newsAwaitingReview.nodes } : result;
  }, locale);
  const decided = (id: string, text: string) => (update((list) => list.filter((a) => a.id !== id)), setNote({ tone: 'success', text }));
  return (
    <ManageSection id="review-queue" title={w.queue} note={intro} state={state} retry={retry} locale={locale}>
      {(articles) => (
        <>
          <FormStatus status={note} locale={locale} />
          {articles.length ? (
            <ul class="manage-list" data-list="review">
              {articles.map((a) => (
                <QueuedArticle key={a.id} article={a} locale={locale} onDecided={decided} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.queueNone}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function QueuedArticle({ article, locale, onDecided }: { article: DeskArticle; locale: Locale; onDecided: (id: string, text: string) => void }) {
  const w = NEWS_WORDS[locale];
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const field = `reason-${article.id}`;
  const giveBack = async () => {
    if (!reason.trim()) return (setError(w.needReason), reasonInput.current?.focus());
    setBusy(true);
    const result = await send(returnMutation, { id: article.id, reason }, locale, w.fields);
    setBusy(false);
    if (result.ok) return onDecided(article.id, w.returned(article.title));
    if (result.field === 'reason') setError(result.text);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <li class="manage-item island-form" data-article={article.id}>
      <h3>
        {article.title} <StatusLine article={article} locale={locale} />
      </h3>
      <p class="manage-meta">
        {w.team}
        {article.organization?.name ?? '—'}
      </p>
      <ArticlePreview
        locale={locale}
        html={article.bodyHtml}
        article={{ ...article, organization: article.organization?.name, project: article.project?.title, publishedAt: null }}
      />
      <PublishControls
        id={article.id}
        locale={locale}
        disabled={busy}
        publish={(at) => send(publishNewsMutation, { id: article.id, at }, locale, w.fields)}
        onPublished={(_, at) => onDecided(article.id, publishedText(locale, article.title, at))}
      />
      <ReasonField id={field} label={w.reason} value={reason} onValue={(v) => (setReason(v), setError(null))} error={error} inputRef={reasonInput} />
      <div class="manage-actions">
        <button type="button" class="signup-more" data-action="return" disabled={busy} onClick={() => void giveBack()}>
          {w.ret}
          <span class="visually-hidden">：{article.title}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
