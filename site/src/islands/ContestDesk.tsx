// The organisers' desk of contests (评比), shared by platform staff (/admin/contests/) and the
// ADMINs of a federation (/manage/contests/): the contests they run, a new one, and for each its
// categories, judging panel, entries to accept or reject (with the votes flagged as a burst from
// one address), the next phase, and, for platform staff, a winner made a role model in one step.
import { useState } from 'preact/hooks';
import type {
  AddContestCategoryMutation,
  AddContestCategoryMutationVariables,
  AddContestJudgeMutation,
  AddContestJudgeMutationVariables,
  AdvanceContestMutation,
  AdvanceContestMutationVariables,
  ContestDeskQuery,
  ContestDeskQueryVariables,
  ContestEntryKind,
  CreateContestMutation,
  CreateContestMutationVariables,
  HonourContestWinnerMutation,
  HonourContestWinnerMutationVariables,
  ManagedContestsQuery,
  ManagedContestsQueryVariables,
  ReviewContestEntryMutation,
  ReviewContestEntryMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { fromLocalInput, send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { CONTEST_WORDS, entrantLabel, personLabel, type Phase } from './words/contests';
import './contests.css';

const managedQuery = operation<ManagedContestsQuery, ManagedContestsQueryVariables>(/* GraphQL */ `
  query ManagedContests {
    managedContests(first: 50) {
      nodes {
        id
        title
        status
        organizer {
          id
          name
        }
      }
    }
  }
`);

const deskQuery = operation<ContestDeskQuery, ContestDeskQueryVariables>(/* GraphQL */ `
  query ContestDesk($id: ID!) {
    contest(id: $id) {
      id
      title
      status
      voteWeight
      judges {
        id
        displayName
        volunteerNumber
      }
      categories {
        id
        name
        kind
        places
        entries(first: 100) {
          nodes {
            id
            title
            status
            voteCount
            flaggedVotes
            judgeCount
            judgeScore
            rank
            winner
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
            roleModel {
              id
            }
          }
        }
      }
    }
  }
`);

const createMutation = operation<CreateContestMutation, CreateContestMutationVariables>(/* GraphQL */ `
  mutation CreateContest($input: CreateContestInput!) {
    createContest(input: $input) {
      id
    }
  }
`);

const categoryMutation = operation<AddContestCategoryMutation, AddContestCategoryMutationVariables>(/* GraphQL */ `
  mutation AddContestCategory($input: AddContestCategoryInput!) {
    addContestCategory(input: $input) {
      id
    }
  }
`);

const judgeMutation = operation<AddContestJudgeMutation, AddContestJudgeMutationVariables>(/* GraphQL */ `
  mutation AddContestJudge($input: ContestJudgeInput!) {
    addContestJudge(input: $input) {
      id
    }
  }
`);

const advanceMutation = operation<AdvanceContestMutation, AdvanceContestMutationVariables>(/* GraphQL */ `
  mutation AdvanceContest($input: AdvanceContestInput!) {
    advanceContest(input: $input) {
      id
      status
    }
  }
`);

const reviewMutation = operation<ReviewContestEntryMutation, ReviewContestEntryMutationVariables>(/* GraphQL */ `
  mutation ReviewContestEntry($input: ReviewContestEntryInput!) {
    reviewContestEntry(input: $input) {
      id
    }
  }
`);

const honourMutation = operation<HonourContestWinnerMutation, HonourContestWinnerMutationVariables>(/* GraphQL */ `
  mutation HonourContestWinner($input: HonourContestWinnerInput!) {
    honourContestWinner(input: $input) {
      id
    }
  }
`);

type Managed = ManagedContestsQuery['managedContests']['nodes'][number];
type Desk = NonNullable<ContestDeskQuery['contest']>;
type DeskEntry = Desk['categories'][number]['entries']['nodes'][number];

const PHASES: Phase[] = ['DRAFT', 'OPEN', 'VOTING', 'JUDGING', 'PUBLISHED'];
const KINDS: ContestEntryKind[] = ['VOLUNTEER', 'PROJECT', 'ESSAY'];

interface DeskProps {
  locale: Locale;
  /** The federation new contests are run by; null: the platform (staff). */
  organizerId: string | null;
  /** Whether the viewer may open contests here (a team ADMIN, or staff). */
  canCreate: boolean;
  /** Platform staff: winners can be made role models. */
  staff: boolean;
}

export function ContestDesk({ locale, organizerId, canCreate, staff }: DeskProps) {
  const w = CONTEST_WORDS[locale];
  const d = w.desk;
  const [open, setOpen] = useState<string | null>(null);
  const { state, retry, reload } = useLoaded(async () => {
    const result = await request(managedQuery, {});
    return result.ok ? { ok: true, data: result.data.managedContests.nodes } : result;
  }, locale);
  const shown = (list: Managed[]) => list.filter((c) => (organizerId ? c.organizer?.id === organizerId : true));
  return (
    <>
      <ManageSection id="contest-desk" title={d.title} note={d.note} state={state} retry={retry} locale={locale}>
        {(list) =>
          shown(list).length ? (
            <ul class="manage-list">
              {shown(list).map((c) => (
                <li key={c.id} class="manage-item" data-contest={c.id}>
                  <p>
                    <strong>{c.title}</strong>{' '}
                    <span class="contest-phase" data-phase={c.status}>
                      {w.phases[c.status]}
                    </span>
                  </p>
                  <p class="manage-meta">
                    {d.runBy} {c.organizer?.name ?? d.platform}
                  </p>
                  <button type="button" class="signup-more" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                    {d.open}
                    <span class="visually-hidden">：{c.title}</span>
                  </button>
                  {open === c.id && <ContestManager id={c.id} staff={staff} locale={locale} onChange={() => void reload()} />}
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{d.none}</p>
          )
        }
      </ManageSection>
      {canCreate && <CreateContest organizerId={organizerId} locale={locale} onCreated={(id) => (setOpen(id), void reload())} />}
    </>
  );
}

function CreateContest({ organizerId, locale, onCreated }: { organizerId: string | null; locale: Locale; onCreated: (id: string) => void }) {
  const d = CONTEST_WORDS[locale].desk;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [weight, setWeight] = useState('30');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const input = { title, description, voteWeight: Number(weight), organizerId };
    const result = await send(createMutation, { input }, locale, d.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: d.created });
    setTitle('');
    setDescription('');
    onCreated(result.data.createContest.id);
  };
  return (
    <section class="account-card manage-section" aria-labelledby="contest-create-title">
      <h2 id="contest-create-title">{d.create}</h2>
      <form class="island-form" onSubmit={(e) => void submit(e)}>
        <Field name="contest-title" label={d.createTitle} value={title} onValue={setTitle} maxLength={120} locale={locale} />
        <div class="field">
          <label for="contest-description">{d.description}</label>
          <textarea id="contest-description" rows={4} maxLength={5000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </div>
        <Field name="contest-weight" label={d.voteWeight} hint={d.voteWeightHint} value={weight} onValue={setWeight} inputMode="numeric" locale={locale} />
        <button type="submit" class="form-submit" disabled={busy}>
          {d.create}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}

function ContestManager({ id, staff, locale, onChange }: { id: string; staff: boolean; locale: Locale; onChange: () => void }) {
  const w = CONTEST_WORDS[locale];
  const d = w.desk;
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [endsAt, setEndsAt] = useState('');
  const { state, reload } = useLoaded(async () => {
    const result = await request(deskQuery, { id });
    return result.ok ? { ok: true, data: result.data.contest } : result;
  }, locale);
  if (state.status !== 'ready') return <p class="manage-loading">{state.status === 'error' ? state.text : w.loading}</p>;
  const contest = state.data;
  const phase = contest.status;
  const next = PHASES[PHASES.indexOf(phase) + 1];
  const run = async (action: () => ReturnType<typeof send>, done: string) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setStatus(result.ok ? { tone: 'success', text: done } : { tone: 'error', text: result.text });
    if (result.ok) {
      await reload();
      onChange();
    }
  };
  const advance = () =>
    run(
      () => send(advanceMutation, { input: { id, to: next, votingEndsAt: next === 'VOTING' ? fromLocalInput(endsAt) : null } }, locale, d.fields),
      d.advanced(w.phases[next]),
    );
  const editable = phase === 'DRAFT' || phase === 'OPEN';
  return (
    <div class="contest-manager">
      <FormStatus status={status} locale={locale} />
      {contest.categories.map((category) => (
        <section key={category.id} class="contest-category" aria-label={category.name}>
          <h3>
            {category.name} <span class="contest-count">{`${w.kinds[category.kind]} · ${d.places} ${category.places}`}</span>
          </h3>
          <ul class="manage-list">
            {category.entries.nodes.map((entry) => (
              <DeskEntryView
                key={entry.id}
                entry={entry}
                phase={phase}
                staff={staff}
                busy={busy}
                locale={locale}
                onReview={(accept) => run(() => send(reviewMutation, { input: { id: entry.id, accept } }, locale), d.status[accept ? 'ACCEPTED' : 'REJECTED'])}
                onHonour={(name) => run(() => send(honourMutation, { input: { entryId: entry.id, name: name || null } }, locale), d.honoured)}
              />
            ))}
          </ul>
        </section>
      ))}
      {editable && <CategoryForm contestId={id} locale={locale} onAdded={() => void reload()} />}
      <section class="contest-category" aria-label={d.judges}>
        <h3>{d.judges}</h3>
        <p class="manage-meta">{contest.judges?.length ? contest.judges.map(personLabel).join('、') : d.noJudges}</p>
        {phase !== 'PUBLISHED' && <JudgeForm contestId={id} locale={locale} onAdded={() => void reload()} />}
      </section>
      {next && (
        <div class="island-form">
          {next === 'VOTING' && (
            <div class="field">
              <label for={`voting-ends-${id}`}>{d.votingEndsAt}</label>
              <input id={`voting-ends-${id}`} type="datetime-local" value={endsAt} onInput={(e) => setEndsAt(e.currentTarget.value)} />
            </div>
          )}
          <button type="button" class="form-submit" disabled={busy} onClick={() => void advance()}>
            {d.advance(w.phases[next])}
          </button>
        </div>
      )}
    </div>
  );
}

interface DeskEntryProps {
  entry: DeskEntry;
  phase: Phase;
  staff: boolean;
  busy: boolean;
  locale: Locale;
  onReview: (accept: boolean) => void;
  onHonour: (name: string) => void;
}

function DeskEntryView({ entry, phase, staff, busy, locale, onReview, onHonour }: DeskEntryProps) {
  const w = CONTEST_WORDS[locale];
  const d = w.desk;
  const [name, setName] = useState('');
  const who = entrantLabel(entry);
  const facts = [
    d.status[entry.status],
    who,
    entry.organization ? w.nominatedBy(entry.organization.name) : null,
    phase === 'OPEN' || phase === 'DRAFT' ? null : w.votes(entry.voteCount),
    entry.judgeCount ? d.judged(entry.judgeCount) : null,
    entry.judgeScore != null ? d.judgeScore(entry.judgeScore) : null,
    entry.rank ? w.rank(entry.rank) : null,
  ].filter(Boolean);
  return (
    <li class="manage-item" data-entry={entry.id}>
      <p>
        <strong>{entry.title}</strong>
        {entry.winner && <span class="contest-winner">{w.winner}</span>}
      </p>
      <p class="manage-meta">{facts.join(' · ')}</p>
      {!!entry.flaggedVotes && (
        <p class="manage-meta" data-flagged={entry.flaggedVotes}>
          ⚠ {d.flagged(entry.flaggedVotes)}
        </p>
      )}
      {(phase === 'OPEN' || phase === 'VOTING') && entry.status !== 'REJECTED' && (
        <div class="manage-actions">
          {entry.status === 'PENDING' && (
            <button type="button" class="form-submit" disabled={busy} onClick={() => onReview(true)}>
              {d.accept}
              <span class="visually-hidden">：{entry.title}</span>
            </button>
          )}
          <button type="button" class="signup-more" disabled={busy} onClick={() => onReview(false)}>
            {d.reject}
            <span class="visually-hidden">：{entry.title}</span>
          </button>
        </div>
      )}
      {staff &&
        phase === 'PUBLISHED' &&
        entry.winner &&
        entry.volunteer &&
        (entry.roleModel ? (
          <p class="manage-meta">{d.roleModel}</p>
        ) : (
          <div class="island-form">
            <Field name={`honour-${entry.id}`} label={d.honourName} value={name} onValue={setName} maxLength={60} optional locale={locale} />
            <button type="button" class="form-submit" disabled={busy} onClick={() => onHonour(name)}>
              {d.honour}
              <span class="visually-hidden">：{entry.title}</span>
            </button>
          </div>
        ))}
    </li>
  );
}

function CategoryForm({ contestId, locale, onAdded }: { contestId: string; locale: Locale; onAdded: () => void }) {
  const w = CONTEST_WORDS[locale];
  const d = w.desk;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ContestEntryKind>(KINDS[0]);
  const [places, setPlaces] = useState('10');
  const [status, setStatus] = useState<Status>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await send(categoryMutation, { input: { contestId, name, kind, places: Number(places) } }, locale, d.fields);
    setStatus(result.ok ? { tone: 'success', text: d.added } : { tone: 'error', text: result.text });
    if (result.ok) {
      setName('');
      onAdded();
    }
  };
  return (
    <form class="island-form contest-add" onSubmit={(e) => void submit(e)}>
      <h3>{d.addCategory}</h3>
      <Field name={`category-name-${contestId}`} label={d.categoryName} value={name} onValue={setName} maxLength={40} locale={locale} />
      <div class="field">
        <label for={`category-kind-${contestId}`}>{d.kind}</label>
        <select id={`category-kind-${contestId}`} value={kind} onChange={(e) => setKind(e.currentTarget.value as ContestEntryKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {w.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <Field name={`category-places-${contestId}`} label={d.places} value={places} onValue={setPlaces} inputMode="numeric" locale={locale} />
      <button type="submit" class="form-submit">
        {d.addCategory}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}

function JudgeForm({ contestId, locale, onAdded }: { contestId: string; locale: Locale; onAdded: () => void }) {
  const d = CONTEST_WORDS[locale].desk;
  const [number, setNumber] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await send(judgeMutation, { input: { contestId, volunteerNumber: number } }, locale, d.fields);
    setStatus(result.ok ? { tone: 'success', text: d.judgeAdded } : { tone: 'error', text: result.text });
    if (result.ok) {
      setNumber('');
      onAdded();
    }
  };
  return (
    <form class="island-form" onSubmit={(e) => void submit(e)}>
      <Field name={`judge-number-${contestId}`} label={d.judgeNumber} value={number} onValue={setNumber} maxLength={20} locale={locale} />
      <button type="submit" class="signup-more">
        {d.addJudge}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
