// A desk of news: the list in every status and the editor, for a team (its own news, submitted
// for review) or for platform staff (all news, published directly).
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import type { ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { DeskList, NewsEditor, upsert, withdrawNewsMutation, type DeskArticle } from './NewsEditor';
import { NEWS_WORDS } from './words/manage-news';

type Project = { id: string; title: string };
export type DeskData = { articles: DeskArticle[]; projects: Project[] };

interface Props {
  locale: Locale;
  /** The team new articles are news of; null for the platform's own. */
  organizationId: string | null;
  organizationName?: string | null;
  staff: boolean;
  load: () => Promise<ApiResult<DeskData | null>>;
}

/** The activities an article may report on: the desk's, and the one it already does. */
function projectsFor(projects: Project[], editing: DeskArticle | 'new'): Project[] {
  const own = editing === 'new' ? null : editing.project;
  return own && !projects.some((p) => p.id === own.id) ? [own, ...projects] : projects;
}

export function NewsDesk({ locale, organizationId, organizationName, staff, load }: Props) {
  const w = NEWS_WORDS[locale];
  const [editing, setEditing] = useState<DeskArticle | 'new' | null>(null);
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(load, locale);

  const saved = (article: DeskArticle, text: string) => {
    update((d) => ({ ...d, articles: upsert(d.articles, article) }));
    // Submitted or published: back to the list, which says so; a draft stays open in the editor.
    if (article.status !== 'DRAFT' && article.status !== 'RETURNED') {
      setEditing(null);
      setNote({ tone: 'success', text });
    }
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
        organizationId={editing === 'new' ? organizationId : (editing.organization?.id ?? null)}
        organizationName={editing === 'new' ? organizationName : editing.organization?.name}
        projects={projectsFor(state.data.projects, editing)}
        article={editing === 'new' ? null : editing}
        staff={staff}
        onSaved={saved}
        onBack={() => (setEditing(null), setNote(null))}
      />
    );
  }
  return (
    <ManageSection id="manage-news" title={staff ? w.all : w.list} state={state} retry={retry} locale={locale}>
      {({ articles }) => (
        <>
          <p class="manage-actions">
            <button type="button" class="form-submit" onClick={() => (setEditing('new'), setNote(null))}>
              {w.write}
            </button>
          </p>
          <FormStatus status={note} locale={locale} />
          <DeskList articles={articles} locale={locale} onEdit={(a) => (setEditing(a), setNote(null))} onWithdraw={(a) => void withdraw(a)} staff={staff} />
        </>
      )}
    </ManageSection>
  );
}
