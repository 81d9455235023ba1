// 评比 (/contests/): the contests the public sees and, with ?id=, one contest: its categories and
// their entries, the vote (one per category for a signed-in volunteer), essays entered while it is
// open, the judges' scores while it is judged (for its panel), and the published ranking.
import { useEffect, useState } from 'preact/hooks';
import type {
  ContestPageQuery,
  ContestPageQueryVariables,
  ContestsListQuery,
  ContestsListQueryVariables,
  EnterContestMutation,
  EnterContestMutationVariables,
  MyPublishedStoriesQuery,
  MyPublishedStoriesQueryVariables,
  ScoreContestEntryMutation,
  ScoreContestEntryMutationVariables,
  VoteForContestEntryMutation,
  VoteForContestEntryMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { loadViewer } from '../lib/session';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { CONTEST_WORDS, entrantLabel, type ContestWords, type Phase } from './words/contests';
import './forms.css';
import './contests.css';

const listQuery = operation<ContestsListQuery, ContestsListQueryVariables>(/* GraphQL */ `
  query ContestsList($after: String) {
    contests(first: 20, after: $after) {
      nodes {
        id
        title
        status
        votingEndsAt
        organizer {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const contestQuery = operation<ContestPageQuery, ContestPageQueryVariables>(/* GraphQL */ `
  query ContestPage($id: ID!) {
    contest(id: $id) {
      id
      title
      description
      status
      votingEndsAt
      viewerIsJudge
      organizer {
        name
      }
      categories {
        id
        name
        kind
        places
        viewerVote
        entries(first: 100) {
          totalCount
          nodes {
            id
            title
            statement
            status
            voteCount
            viewerScore
            volunteer {
              displayName
              volunteerNumber
            }
            project {
              title
            }
            organization {
              name
            }
            story {
              id
            }
          }
        }
        results {
          id
          rank
          winner
          finalScore
        }
      }
    }
  }
`);

const voteMutation = operation<VoteForContestEntryMutation, VoteForContestEntryMutationVariables>(/* GraphQL */ `
  mutation VoteForContestEntry($id: ID!) {
    voteForContestEntry(entryId: $id) {
      id
      voteCount
    }
  }
`);

const enterMutation = operation<EnterContestMutation, EnterContestMutationVariables>(/* GraphQL */ `
  mutation EnterContest($input: EnterContestInput!) {
    enterContest(input: $input) {
      id
    }
  }
`);

// The volunteer's stories, for entering a published one as their essay.
const myStoriesQuery = operation<MyPublishedStoriesQuery, MyPublishedStoriesQueryVariables>(/* GraphQL */ `
  query MyPublishedStories {
    myStories(first: 100) {
      nodes {
        id
        title
        status
      }
    }
  }
`);

const scoreMutation = operation<ScoreContestEntryMutation, ScoreContestEntryMutationVariables>(/* GraphQL */ `
  mutation ScoreContestEntry($input: ScoreContestEntryInput!) {
    scoreContestEntry(input: $input) {
      id
      viewerScore
    }
  }
`);

type ListItem = ContestsListQuery['contests']['nodes'][number];
type Contest = NonNullable<ContestPageQuery['contest']>;
type Category = Contest['categories'][number];
type Entry = Category['entries']['nodes'][number];

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function Contests({ locale }: { locale: Locale }) {
  // Read once in the browser: the page is built without an address to read.
  const [id, setId] = useState<string | null | undefined>(undefined);
  useEffect(() => setId(new URLSearchParams(location.search).get('id')), []);
  if (id === undefined) return <p class="contest-note">{CONTEST_WORDS[locale].loading}</p>;
  return id ? <ContestView id={id} locale={locale} /> : <ContestList locale={locale} />;
}

function ContestList({ locale }: { locale: Locale }) {
  const w = CONTEST_WORDS[locale];
  const [items, setItems] = useState<ListItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = async (after: string | null) => {
    const result = await request(listQuery, { after });
    if (!result.ok) return setFailure(await failureText(result, locale));
    const page = result.data.contests;
    setItems((old) => [...(after ? (old ?? []) : []), ...page.nodes]);
    setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
  };
  useEffect(() => void load(null), []);
  if (failure) return <FormStatus status={{ tone: 'error', text: failure }} locale={locale} />;
  if (!items) return <p class="contest-note">{w.loading}</p>;
  if (!items.length) return <p class="contest-note">{w.none}</p>;
  return (
    <>
      <ul class="contest-list">
        {items.map((c) => (
          <li key={c.id} class="contest-card">
            <h2>
              <a href={`?id=${c.id}`}>{c.title}</a>
            </h2>
            <p class="contest-meta">
              <span class="contest-phase" data-phase={c.status}>
                {w.phases[c.status]}
              </span>{' '}
              {w.organizer(c.organizer?.name ?? null)}
              {c.status === 'VOTING' && c.votingEndsAt && <> · {w.votingEnds(when(c.votingEndsAt, locale))}</>}
            </p>
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" class="signup-more" onClick={() => void load(next)}>
          {w.more}
        </button>
      )}
    </>
  );
}

function ContestView({ id, locale }: { id: string; locale: Locale }) {
  const w = CONTEST_WORDS[locale];
  const [contest, setContest] = useState<Contest | null | undefined>(undefined);
  const [signedIn, setSignedIn] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const load = async () => {
    const result = await request(contestQuery, { id });
    if (!result.ok) return setFailure(await failureText(result, locale));
    setContest(result.data.contest);
    if (result.data.contest) document.title = `${result.data.contest.title} · ${document.title.split(' · ').pop()}`;
  };
  useEffect(() => {
    void load();
    void loadViewer().then((s) => setSignedIn(s.status === 'signed-in'));
  }, []);
  if (failure) return <FormStatus status={{ tone: 'error', text: failure }} locale={locale} />;
  if (contest === undefined) return <p class="contest-note">{w.loading}</p>;
  const back = (
    <p class="contest-back">
      <a href={localizePath('/contests/', locale)}>← {w.back}</a>
    </p>
  );
  if (!contest) {
    return (
      <>
        {back}
        <p class="contest-note">{w.notFound}</p>
      </>
    );
  }
  const phase = contest.status;
  return (
    <article class="contest" data-phase={phase}>
      {back}
      <h2 class="contest-title">{contest.title}</h2>
      <p class="contest-meta">
        <span class="contest-phase" data-phase={phase}>
          {w.phases[phase]}
        </span>{' '}
        {w.organizer(contest.organizer?.name ?? null)}
        {phase === 'VOTING' && contest.votingEndsAt && <> · {w.votingEnds(when(contest.votingEndsAt, locale))}</>}
      </p>
      <p class="contest-description">{contest.description}</p>
      <p class="contest-note">{contest.viewerIsJudge && phase === 'JUDGING' ? w.judgeNote : w.phaseNotes[phase]}</p>
      {contest.categories.map((category) => (
        <CategoryView key={category.id} contest={contest} category={category} signedIn={signedIn} w={w} locale={locale} onChange={() => void load()} />
      ))}
    </article>
  );
}

interface CategoryProps {
  contest: Contest;
  category: Category;
  signedIn: boolean;
  w: ContestWords;
  locale: Locale;
  onChange: () => void;
}

function CategoryView({ contest, category, signedIn, w, locale, onChange }: CategoryProps) {
  const phase = contest.status;
  const byId = new Map(category.entries.nodes.map((e) => [e.id, e]));
  const headingId = `category-${category.id}`;
  return (
    <section class="contest-category" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {category.name} <span class="contest-count">{w.entries(category.entries.totalCount)}</span>
      </h3>
      {phase === 'PUBLISHED' && category.results.length > 0 && (
        <>
          <h4>{w.results}</h4>
          <ol class="contest-results">
            {category.results.map((r) => {
              const entry = byId.get(r.id);
              return (
                <li key={r.id} data-winner={r.winner}>
                  <strong>{w.rank(r.rank ?? 0)}</strong> {entry?.title}
                  {r.winner && <span class="contest-winner">{w.winner}</span>}
                  {r.finalScore != null && <span class="contest-score"> · {w.finalScore(r.finalScore)}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {category.entries.nodes.length ? (
        <ul class="contest-entries">
          {category.entries.nodes.map((entry) => (
            <EntryView
              key={entry.id}
              entry={entry}
              category={category}
              phase={phase}
              judge={contest.viewerIsJudge}
              signedIn={signedIn}
              w={w}
              locale={locale}
              onChange={onChange}
            />
          ))}
        </ul>
      ) : (
        <p class="contest-note">{w.noEntries}</p>
      )}
      {phase === 'OPEN' && category.kind === 'ESSAY' && <EssayForm category={category} signedIn={signedIn} w={w} locale={locale} onSent={onChange} />}
    </section>
  );
}

interface EntryProps {
  entry: Entry;
  category: Category;
  phase: Phase;
  judge: boolean;
  signedIn: boolean;
  w: ContestWords;
  locale: Locale;
  onChange: () => void;
}

function EntryView({ entry, category, phase, judge, signedIn, w, locale, onChange }: EntryProps) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const mine = category.viewerVote === entry.id;
  const vote = async () => {
    setBusy(true);
    const result = await send(voteMutation, { id: entry.id }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onChange();
  };
  const score = async (value: number) => {
    setBusy(true);
    const result = await send(scoreMutation, { input: { entryId: entry.id, score: value } }, locale);
    setBusy(false);
    setStatus(result.ok ? { tone: 'success', text: w.scoreSaved(value) } : { tone: 'error', text: result.text });
  };
  const who = entrantLabel(entry);
  return (
    <li class="contest-entry" data-entry={entry.id}>
      <h4>{entry.title}</h4>
      <p class="contest-meta">
        {who}
        {entry.organization && <> · {w.nominatedBy(entry.organization.name)}</>}
      </p>
      <details>
        <summary>{w.readMore}</summary>
        <p class="contest-statement">{entry.statement}</p>
      </details>
      {entry.story && (
        <p class="contest-story">
          <a href={localizePath(`/stories/${entry.story.id}/`, locale)}>
            {w.readStory}
            <span class="visually-hidden">：{entry.title}</span>
          </a>
        </p>
      )}
      {phase !== 'OPEN' && <p class="contest-votes">{w.votes(entry.voteCount)}</p>}
      {phase === 'VOTING' &&
        (signedIn ? (
          mine ? (
            <p class="contest-voted">{w.votedHere}</p>
          ) : (
            <button type="button" class="form-submit" disabled={busy || !!category.viewerVote} onClick={() => void vote()}>
              {category.viewerVote ? w.voted : w.vote}
              <span class="visually-hidden">：{entry.title}</span>
            </button>
          )
        ) : (
          <a href={localizePath(`/login/?next=${encodeURIComponent(location.pathname + location.search)}`, locale)}>{w.signInToVote}</a>
        ))}
      {phase === 'JUDGING' && judge && (
        <label class="contest-judge">
          {w.scoreLabel}
          <select disabled={busy} value={entry.viewerScore ?? ''} onChange={(e) => void score(Number(e.currentTarget.value))}>
            <option value="" disabled>
              —
            </option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <span class="visually-hidden">：{entry.title}</span>
        </label>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}

function EssayForm({ category, signedIn, w, locale, onSent }: { category: Category; signedIn: boolean; w: ContestWords; locale: Locale; onSent: () => void }) {
  const [title, setTitle] = useState('');
  const [essay, setEssay] = useState('');
  const [storyId, setStoryId] = useState('');
  const [stories, setStories] = useState<{ id: string; title: string }[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!signedIn) return;
    void request(myStoriesQuery, {}).then((result) => {
      if (result.ok) setStories((result.data.myStories.nodes ?? []).filter((s) => s.status === 'PUBLISHED'));
    });
  }, [signedIn]);
  if (!signedIn) {
    return (
      <p class="contest-note">
        <a href={localizePath(`/login/?next=${encodeURIComponent(location.pathname + location.search)}`, locale)}>{w.signInToEnter}</a>
      </p>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const input = { categoryId: category.id, storyId: storyId || null, title: title.trim() || null, statement: essay.trim() || null };
    const result = await send(enterMutation, { input }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: w.submitted });
    setTitle('');
    setEssay('');
    setStoryId('');
    onSent();
  };
  const essayId = `essay-${category.id}`;
  const storyField = `essay-story-${category.id}`;
  return (
    <form class="island-form contest-essay" onSubmit={(e) => void submit(e)}>
      <h4>{w.enterTitle}</h4>
      <p class="field-hint">{w.enterNote}</p>
      {stories.length > 0 && (
        <div class="field">
          <label for={storyField}>{w.fromStory}</label>
          <select id={storyField} value={storyId} onChange={(e) => setStoryId(e.currentTarget.value)} aria-describedby={`${storyField}-hint`}>
            <option value="">{w.noStory}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <p class="field-hint" id={`${storyField}-hint`}>
            {w.fromStoryNote}
          </p>
        </div>
      )}
      <Field name={`essay-title-${category.id}`} label={w.title} value={title} onValue={setTitle} maxLength={120} optional={!!storyId} locale={locale} />
      <div class="field">
        <label for={essayId}>{w.essay}</label>
        <textarea id={essayId} rows={8} maxLength={5000} value={essay} onInput={(e) => setEssay(e.currentTarget.value)} />
      </div>
      <button type="submit" class="form-submit" disabled={busy}>
        {w.submit}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
