// 团队资讯 (/manage/news/): the team's news in every status (a returned one with its reason, a
// scheduled one with its time), the editor with its live preview, submission for review and
// withdrawal. Publishing is the reviewers' (/manage/review/, /admin/review/).
import { useState } from 'preact/hooks';
import type { ManageNewsDeskQuery, ManageNewsDeskQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { deskArticle, NewsEditor, StatusLine, withdrawNewsMutation, type DeskArticle } from './NewsEditor';
import { NEWS_WORDS } from './words/manage-news';

const deskQuery = operation<ManageNewsDeskQuery, ManageNewsDeskQueryVariables>(/* GraphQL */ `
  query ManageNewsDesk($id: ID!) {
    newsDesk(organizationId: $id, first: 100) {
      nodes {
        ...DeskArticle
      }
    }
    organization(id: $id) {
      id
      projects(first: 100) {
        nodes {
          id
          title
          status
        }
      }
    }
  }
`, deskArticle);

type Data = { articles: DeskArticle[]; projects: { id: string; title: string }[] };

export function ManageNews({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <NewsDesk org={org} locale={locale} />}</ManageGate>;
}

/** The list with the article put in its place (first when new). */
export function upsert(list: DeskArticle[], article: DeskArticle): DeskArticle[] {
  return list.some((a) => a.id === article.id) ? list.map((a) => (a.id === article.id ? article : a)) : [article, ...list];
}

function NewsDesk({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = NEWS_WORDS[locale];
  const [editing, setEditing] = useState<DeskArticle | 'new' | null>(null);
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Data | null>> => {
    const result = await request(deskQuery, { id: org.id });
    if (!result.ok) return result;
    const projects = result.data.organization?.projects.nodes.filter((p) => p.status === 'PUBLISHED' || p.status === 'COMPLETED') ?? [];
    return { ok: true, data: { articles: result.data.newsDesk.nodes, projects } };
  }, locale);

  const saved = (article: DeskArticle, text: string) => {
    update((d) => ({ ...d, articles: upsert(d.articles, article) }));
    // Submitted: back to the list, which says so; a draft stays open in the editor.
    if (article.status !== 'DRAFT' && article.status !== 'RETURNED') (setEditing(null), setNote({ tone: 'success', text }));
  };
  const withdraw = async (article: DeskArticle) => {
    const result = await send(withdrawNewsMutation, { id: article.id }, locale, w.fields);
    if (!result.ok) return setNote({ tone: 'error', text: result.text });
    update((d) => ({ ...d, articles: upsert(d.articles, result.data.unpublishNewsArticle) }));
    setNote({ tone: 'success', text: w.withdrawn(article.title) });
  };

  if (editing && state.status === 'ready') {
    return (
      <NewsEditor
        locale={locale}
        organizationId={org.id}
        organizationName={org.name}
        projects={state.data.projects}
        article={editing === 'new' ? null : editing}
        staff={false}
        onSaved={saved}
        onBack={() => (setEditing(null), setNote(null))}
      />
    );
  }
  return (
    <ManageSection id="manage-news" title={w.list} state={state} retry={retry} locale={locale}>
      {({ articles }) => (
        <>
          <p class="manage-actions">
            <button type="button" class="form-submit" onClick={() => (setEditing('new'), setNote(null))}>
              {w.write}
            </button>
          </p>
          <FormStatus status={note} locale={locale} />
          {articles.length ? (
            <ul class="manage-list" data-list="news">
              {articles.map((a) => (
                <li key={a.id} class="manage-item" data-article={a.id}>
                  <h3>
                    {a.title} <StatusLine article={a} locale={locale} />
                  </h3>
                  {a.project && <p class="manage-meta">{a.project.title}</p>}
                  {a.status === 'RETURNED' && a.returnedReason && (
                    <p class="manage-reason" data-returned-reason>
                      {w.returnedBecause}{a.returnedReason}
                    </p>
                  )}
                  <div class="manage-actions">
                    {a.status !== 'PUBLISHED' && (
                      <button type="button" class="signup-more" onClick={() => (setEditing(a), setNote(null))}>
                        {w.edit}
                        <span class="visually-hidden">：{a.title}</span>
                      </button>
                    )}
                    {(a.status === 'PUBLISHED' || a.status === 'IN_REVIEW') && (
                      <button type="button" class="signup-more" onClick={() => void withdraw(a)}>
                        {w.withdraw}
                        <span class="visually-hidden">：{a.title}</span>
                      </button>
                    )}
                    {a.isPublic && <a href={localizePath(`/news/${a.slug}/`, locale)}>{w.view}</a>}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}
