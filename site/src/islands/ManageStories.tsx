// 志愿心得审核 (/manage/stories/): the stories volunteers wrote about the team's activities that
// wait for review, newest first; a manager approves one (it is published) or returns it with a note.
import { useState } from 'preact/hooks';
import type { ManageStoriesQuery, ManageStoriesQueryVariables, ReviewStoryLineFragment } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoadedPages, type Paged } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { ReviewButtons, reviewStoryLine, StoryLine } from './StoryReview';
import { STORY_WORDS } from './words/stories';

const queueQuery = operation<ManageStoriesQuery, ManageStoriesQueryVariables>(
  /* GraphQL */ `
    query ManageStories($id: ID!, $after: String) {
      storiesToReview(filter: { organizationId: $id }, first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ReviewStoryLine
        }
      }
    }
  `,
  reviewStoryLine,
);

export function ManageStories({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamStories org={org} locale={locale} />}</ManageGate>;
}

function TeamStories({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = STORY_WORDS[locale].review;
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry, more, busy, failure } = useLoadedPages(async (after: string | null): Promise<ApiResult<Paged<ReviewStoryLineFragment>>> => {
    const result = await request(queueQuery, { id: org.id, after });
    if (!result.ok) return result;
    const page = result.data.storiesToReview;
    return { ok: true, data: { nodes: page.nodes, next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null } };
  }, locale);
  const done = (story: ReviewStoryLineFragment, text: string) => {
    setNote({ tone: 'success', text });
    update((d) => ({ ...d, nodes: d.nodes.filter((s) => s.id !== story.id) }));
  };
  return (
    <ManageSection id="manage-stories" title={w.title} note={w.note} state={state} retry={retry} locale={locale}>
      {(page) => (
        <>
          <FormStatus status={failure ? { tone: 'error', text: failure } : note} locale={locale} />
          {page.nodes.length ? (
            <ul class="story-item-list">
              {page.nodes.map((s) => (
                <StoryLine key={s.id} story={s} locale={locale}>
                  <ReviewButtons story={s} locale={locale} onDone={done} />
                </StoryLine>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.empty}</p>
          )}
          {page.next && (
            <button type="button" class="signup-more" disabled={busy} onClick={() => void more()}>
              {w.more}
            </button>
          )}
        </>
      )}
    </ManageSection>
  );
}
