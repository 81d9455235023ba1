// 评比 (/manage/contests/): a team nominates its members and activities for the contests taking
// nominations; the ADMINs of a Youth League committee or federation also run their own contests
// at the organisers' desk.
import { useState } from 'preact/hooks';
import type {
  NominateForContestMutation,
  NominateForContestMutationVariables,
  NominationContestsQuery,
  NominationContestsQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { ContestDesk } from './ContestDesk';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { CONTEST_WORDS } from './words/contests';

const contestsQuery = operation<NominationContestsQuery, NominationContestsQueryVariables>(/* GraphQL */ `
  query NominationContests($org: ID!) {
    contests(first: 50) {
      nodes {
        id
        title
        status
        organizer {
          id
          name
        }
        categories {
          id
          name
          kind
        }
      }
    }
    organization(id: $org) {
      id
      kind
      parent {
        id
      }
      projects(first: 50) {
        nodes {
          id
          title
        }
      }
    }
  }
`);

const nominateMutation = operation<NominateForContestMutation, NominateForContestMutationVariables>(/* GraphQL */ `
  mutation NominateForContest($input: NominateForContestInput!) {
    nominateForContest(input: $input) {
      id
    }
  }
`);

type Data = NominationContestsQuery;
type Open = Data['contests']['nodes'][number];
type Projects = NonNullable<Data['organization']>['projects']['nodes'];

const RUNS_CONTESTS = ['FEDERATION', 'YOUTH_LEAGUE'];

export function ManageContests({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamContests key={org.id} org={org} locale={locale} />}</ManageGate>;
}

function TeamContests({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const d = CONTEST_WORDS[locale].desk;
  const { state, retry } = useLoaded(async () => {
    const result = await request(contestsQuery, { org: org.id });
    return result.ok ? { ok: true, data: result.data } : result;
  }, locale);
  const runs = state.status === 'ready' && RUNS_CONTESTS.includes(state.data.organization?.kind ?? '') && org.role === 'ADMIN';
  return (
    <>
      <ManageSection id="contest-nominate" title={d.openContests} note={d.teamNote} state={state} retry={retry} locale={locale}>
        {(data) => {
          const team = data.organization;
          // Platform contests take every team; a federation's, its own teams.
          const open = data.contests.nodes.filter(
            (c) => c.status === 'OPEN' && (!c.organizer || c.organizer.id === org.id || c.organizer.id === team?.parent?.id),
          );
          return open.length ? (
            <ul class="manage-list">
              {open.map((c) => (
                <Nominate key={c.id} contest={c} org={org} projects={team?.projects.nodes ?? []} locale={locale} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{d.noOpen}</p>
          );
        }}
      </ManageSection>
      {runs && <ContestDesk locale={locale} organizerId={org.id} canCreate staff={false} />}
    </>
  );
}

function Nominate({ contest, org, projects, locale }: { contest: Open; org: ManagedOrganization; projects: Projects; locale: Locale }) {
  const w = CONTEST_WORDS[locale];
  const d = w.desk;
  const categories = contest.categories.filter((c) => c.kind !== 'ESSAY');
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const [number, setNumber] = useState('');
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [statement, setStatement] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const kind = categories.find((c) => c.id === categoryId)?.kind;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const subject = kind === 'PROJECT' ? { projectId } : { volunteerNumber: number };
    const result = await send(nominateMutation, { input: { categoryId, organizationId: org.id, title, statement, ...subject } }, locale, d.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: d.nominated });
    setTitle('');
    setStatement('');
    setNumber('');
  };
  const id = `nominate-${contest.id}`;
  if (!categories.length) return null;
  return (
    <li class="manage-item" data-contest={contest.id}>
      <p>
        <strong>{contest.title}</strong>
      </p>
      <form class="island-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for={`${id}-category`}>{d.category}</label>
          <select id={`${id}-category`} value={categoryId} onChange={(e) => setCategoryId(e.currentTarget.value)}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.name} · ${w.kinds[c.kind as 'VOLUNTEER' | 'PROJECT']}`}
              </option>
            ))}
          </select>
        </div>
        {kind === 'PROJECT' ? (
          <div class="field">
            <label for={`${id}-project`}>{d.project}</label>
            <select id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.currentTarget.value)}>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <Field name={`${id}-number`} label={d.member} value={number} onValue={setNumber} maxLength={20} locale={locale} />
        )}
        <Field name={`${id}-title`} label={w.title} value={title} onValue={setTitle} maxLength={120} locale={locale} />
        <div class="field">
          <label for={`${id}-statement`}>{w.statement}</label>
          <textarea id={`${id}-statement`} rows={5} maxLength={5000} value={statement} onInput={(e) => setStatement(e.currentTarget.value)} />
        </div>
        <button type="submit" class="form-submit" disabled={busy}>
          {d.nominate}
          <span class="visually-hidden">：{contest.title}</span>
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </li>
  );
}
