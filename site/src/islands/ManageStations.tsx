// 志愿服务站 (/manage/stations/): the operator's ADMINs edit their stations, set the weekly duty
// rota from the approved teams and see the next four weeks' duties (gaps of the coming week
// marked) and the swap requests; a duty team's coordinators see its duty days, sign members up
// (the ordinary signUpVolunteer), open the roster, and ask for or answer swaps.
import { useState } from 'preact/hooks';
import type {
  FindDutyMembersQuery,
  FindDutyMembersQueryVariables,
  FindRotaTeamsQuery,
  FindRotaTeamsQueryVariables,
  ManageStationDeskQuery,
  ManageStationDeskQueryVariables,
  ManageTeamDutiesQuery,
  ManageTeamDutiesQueryVariables,
  ProposeStationSwapMutation,
  ProposeStationSwapMutationVariables,
  AnswerStationSwapMutation,
  AnswerStationSwapMutationVariables,
  SetStationRotaMutation,
  SetStationRotaMutationVariables,
  StationSignUpMemberMutation,
  StationSignUpMemberMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { StationEditor } from './StationEditor';
import { STATION_DESK_WORDS, type StationDeskWords } from './words/manage-stations';
import { chinaDateIn } from './words/station-public';
import './stations.css';

const SWAP = /* GraphQL */ `
  fragment StationSwapRow on StationSwap {
    id
    status
    station {
      id
      name
    }
    fromTeam {
      id
      name
    }
    toTeam {
      id
      name
    }
    fromDuty {
      id
      date
    }
    toDuty {
      id
      date
    }
  }
`;

const deskQuery = operation<ManageStationDeskQuery, ManageStationDeskQueryVariables>(
  /* GraphQL */ `
    query ManageStationDesk($from: String!, $to: String!) {
      managedStations {
        id
        slug
        name
        address
        district
        openingHours
        services
        operator {
          id
        }
        rota {
          weekday
          date
          startsAt
          endsAt
          places
          team {
            id
            name
          }
        }
        duties(from: $from, to: $to) {
          id
          date
          filled
          capacity
          team {
            id
            name
          }
        }
      }
      organizations(first: 100) {
        nodes {
          id
          name
        }
      }
      stationSwaps {
        ...StationSwapRow
      }
    }
  `,
  SWAP,
);

// A member as the duty day's member picker offers them.
const MEMBER = /* GraphQL */ `
  fragment DutyMember on Membership {
    id
    volunteer {
      id
      realName
      displayName
      volunteerNumber
    }
  }
`;

const teamQuery = operation<ManageTeamDutiesQuery, ManageTeamDutiesQueryVariables>(
  /* GraphQL */ `
    query ManageTeamDuties($org: ID!, $from: String!, $to: String!) {
      teamStationDuties {
        id
        date
        filled
        capacity
        team {
          id
        }
        shift {
          id
        }
        station {
          id
          name
          duties(from: $from, to: $to) {
            id
            date
            team {
              id
              name
            }
          }
        }
      }
      organization(id: $org) {
        id
        members(first: 100) {
          nodes {
            ...DutyMember
          }
        }
      }
      stationSwaps {
        ...StationSwapRow
      }
    }
  `,
  SWAP,
  MEMBER,
);

// Any approved team can be on the rota: beyond the first page of teams, the manager finds one by name.
const teamSearch = operation<FindRotaTeamsQuery, FindRotaTeamsQueryVariables>(/* GraphQL */ `
  query FindRotaTeams($search: String!) {
    organizations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

// A team with more members than the first page: the coordinator finds one by number or mobile.
const memberSearch = operation<FindDutyMembersQuery, FindDutyMembersQueryVariables>(
  /* GraphQL */ `
  query FindDutyMembers($org: ID!, $search: String!) {
    organization(id: $org) {
      id
      members(first: 20, search: $search) {
        nodes {
          ...DutyMember
        }
      }
    }
  }
`,
  MEMBER,
);

const rotaMutation = operation<SetStationRotaMutation, SetStationRotaMutationVariables>(/* GraphQL */ `
  mutation SetStationRota($input: SetStationRotaInput!) {
    setStationRota(input: $input) {
      id
    }
  }
`);

const answerMutation = operation<AnswerStationSwapMutation, AnswerStationSwapMutationVariables>(/* GraphQL */ `
  mutation AnswerStationSwap($id: ID!, $accept: Boolean!) {
    answerStationSwap(id: $id, accept: $accept) {
      id
      status
    }
  }
`);

const proposeMutation = operation<ProposeStationSwapMutation, ProposeStationSwapMutationVariables>(/* GraphQL */ `
  mutation ProposeStationSwap($input: ProposeStationSwapInput!) {
    proposeStationSwap(input: $input) {
      id
    }
  }
`);

const signUpMutation = operation<StationSignUpMemberMutation, StationSignUpMemberMutationVariables>(/* GraphQL */ `
  mutation StationSignUpMember($shiftId: ID!, $volunteerId: ID!) {
    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      status
    }
  }
`);

type Desk = ManageStationDeskQuery;
type DeskStation = Desk['managedStations'][number];
type Swap = Desk['stationSwaps'][number];
type Teams = Desk['organizations']['nodes'];
type RotaLine = DeskStation['rota'][number];

/** One line of the rota as the form holds it. */
interface LineForm {
  teamId: string;
  startsAt: string;
  endsAt: string;
  places: string;
}

const lineForm = (line?: RotaLine): LineForm => ({
  teamId: line?.team.id ?? '',
  startsAt: line?.startsAt ?? '09:00',
  endsAt: line?.endsAt ?? '17:00',
  places: String(line?.places ?? 2),
});

const lineInput = (l: LineForm) => ({ teamId: l.teamId, startsAt: l.startsAt, endsAt: l.endsAt, places: Number(l.places) });

/** The list with its i-th item changed. */
const patchAt = <T,>(list: T[], i: number, patch: Partial<T>): T[] => list.map((x, j) => (j === i ? { ...x, ...patch } : x));

/** Teams by id, each once, in the order first met. */
function unionOf(...lists: Teams[]): Teams {
  const byId = new Map<string, Teams[number]>();
  for (const list of lists) for (const t of list) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()];
}

const horizon = () => ({ from: chinaDateIn(0), to: chinaDateIn(27) });

export function ManageStations({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <StationsOf key={org.id} org={org} locale={locale} />}</ManageGate>;
}

function StationsOf({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  return (
    <>
      {org.role === 'ADMIN' && <OperatedStations org={org} locale={locale} />}
      {org.role !== 'MEMBER' && <TeamDuties org={org} locale={locale} />}
    </>
  );
}

function OperatedStations({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = STATION_DESK_WORDS[locale];
  const [notice, setNotice] = useState<Status>(null);
  const { state, retry } = useLoaded(async () => {
    const r = await request(deskQuery, horizon());
    return r.ok ? { ok: true, data: r.data } : r;
  }, locale);
  // The section loads again after a change: what was done is said above it, where it stays.
  const changed = (text: string) => {
    setNotice({ tone: 'success', text });
    retry();
  };
  return (
    <ManageSection id="stations-operated" title={w.stations} note={w.stationsNote} state={state} retry={retry} locale={locale}>
      {(data) => {
        const mine = data.managedStations.filter((s) => s.operator.id === org.id);
        const swaps = data.stationSwaps.filter((s) => mine.some((m) => m.id === s.station.id));
        return mine.length ? (
          <>
            <div class="station-notice">
              <FormStatus status={notice} locale={locale} />
            </div>
            {mine.map((s) => (
              <OperatedStation key={s.id} station={s} teams={data.organizations.nodes} locale={locale} onChange={changed} />
            ))}
            <SwapList swaps={swaps} w={w} />
          </>
        ) : (
          <p class="account-empty">{w.none}</p>
        );
      }}
    </ManageSection>
  );
}

function OperatedStation({ station, teams, locale, onChange }: { station: DeskStation; teams: Teams; locale: Locale; onChange: (text: string) => void }) {
  const w = STATION_DESK_WORDS[locale];
  const soon = chinaDateIn(6);
  return (
    <article class="manage-item" data-station={station.slug}>
      <h3>
        {station.name} <a href={localizePath(`/stations/${station.slug}/`, locale)}>{w.viewPage}</a>
      </h3>
      <StationEditor station={station} locale={locale} onSaved={() => onChange(w.saved)} />
      <RotaEditor station={station} teams={teams} w={w} locale={locale} onSaved={onChange} />
      <h4>{w.calendar}</h4>
      <div class="manage-table-wrap">
        <table class="manage-table station-calendar">
          <thead>
            <tr>
              <th scope="col">{w.date}</th>
              <th scope="col">{w.team}</th>
              <th scope="col">{w.places}</th>
            </tr>
          </thead>
          <tbody>
            {station.duties.map((d) => {
              const gap = d.date <= soon && d.filled < d.capacity;
              return (
                <tr key={d.id} data-gap={gap ? 'true' : undefined} class={gap ? 'station-gap' : undefined}>
                  <th scope="row">
                    {d.date} {w.weekdays[(new Date(`${d.date}T00:00:00Z`).getUTCDay() + 6) % 7]}
                  </th>
                  <td>{d.team.name}</td>
                  <td>
                    {w.filled(d.filled, d.capacity)} {gap && <strong class="station-gap-mark">{w.gap}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function RotaEditor({
  station,
  teams,
  w,
  locale,
  onSaved,
}: {
  station: DeskStation;
  teams: Teams;
  w: StationDeskWords;
  locale: Locale;
  onSaved: (text: string) => void;
}) {
  const [rows, setRows] = useState(() => w.weekdays.map((_, i) => lineForm(station.rota.find((r) => r.weekday === i + 1))));
  // A dated line whose day is past does nothing more; it is left out so the form (dates from today) can be saved.
  const [dated, setDated] = useState(() => station.rota.filter((r) => r.date && r.date >= chinaDateIn(0)).map((r) => ({ ...lineForm(r), date: r.date! })));
  const [choices, setChoices] = useState(() =>
    unionOf(
      station.rota.map((r) => r.team),
      teams,
    ),
  );
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Status>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const change = (i: number, key: keyof LineForm, value: string) => setRows((old) => patchAt(old, i, { [key]: value }));
  const changeDated = (i: number, key: keyof LineForm | 'date', value: string) => setDated((old) => patchAt(old, i, { [key]: value }));
  const findTeams = async (e: Event) => {
    e.preventDefault();
    if (!search.trim()) return;
    const result = await send(teamSearch, { search: search.trim() }, locale, w.fields);
    if (!result.ok) return setFound({ tone: 'error', text: result.text });
    setChoices((old) => unionOf(old, result.data.organizations.nodes));
    setFound({ tone: 'success', text: w.teamsFound(result.data.organizations.nodes.length) });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const lines = [
      ...rows.map((r, i) => ({ weekday: i + 1, ...lineInput(r) })).filter((l) => l.teamId),
      ...dated.filter((d) => d.teamId && d.date).map((d) => ({ date: d.date, ...lineInput(d) })),
    ];
    const result = await send(rotaMutation, { input: { stationId: station.id, lines } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus(null);
    onSaved(w.rotaSet(result.data.setStationRota.length));
  };
  const id = `rota-${station.id}`;
  return (
    <div class="station-rota">
      <h4 id={`${id}-title`}>{w.rota}</h4>
      <p class="account-note">{w.rotaNote}</p>
      <form class="island-form station-rota-find" onSubmit={(e) => void findTeams(e)}>
        <div class="field">
          <label for={`${id}-find`}>{w.findTeam}</label>
          <input id={`${id}-find`} type="search" maxLength={50} value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </div>
        <button type="submit" class="signup-more">
          {w.findTeamButton}
        </button>
        <FormStatus status={found} locale={locale} />
      </form>
      <form class="island-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
        <h5>{w.weekly}</h5>
        {rows.map((r, i) => (
          <fieldset key={i} class="form-row station-rota-row">
            <legend>{w.weekdays[i]}</legend>
            <LineFields id={`${id}-${i}`} line={r} teams={choices} w={w} onChange={(key, value) => change(i, key, value)} />
          </fieldset>
        ))}
        <h5>{w.dated}</h5>
        <p class="account-note">{w.datedNote}</p>
        {dated.map((d, i) => (
          <fieldset key={i} class="form-row station-rota-row" data-dated-line={i}>
            <legend>{d.date || w.date}</legend>
            <div class="field">
              <label for={`${id}-d${i}-date`}>{w.date}</label>
              <input
                id={`${id}-d${i}-date`}
                type="date"
                min={chinaDateIn(0)}
                required
                value={d.date}
                onInput={(e) => changeDated(i, 'date', e.currentTarget.value)}
              />
            </div>
            <LineFields id={`${id}-d${i}`} line={d} teams={choices} w={w} onChange={(key, value) => changeDated(i, key, value)} />
            <p class="station-rota-remove">
              <button type="button" class="signup-more" onClick={() => setDated((old) => old.filter((_, j) => j !== i))}>
                {w.removeDate}
                <span class="visually-hidden">：{d.date}</span>
              </button>
            </p>
          </fieldset>
        ))}
        <p>
          <button type="button" class="signup-more" onClick={() => setDated((old) => [...old, { ...lineForm(), date: chinaDateIn(1) }])}>
            {w.addDate}
          </button>
        </p>
        <button type="submit" class="form-submit" disabled={busy}>
          {w.setRota}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </div>
  );
}

/** A rota line's team, hours and places. */
function LineFields({
  id,
  line,
  teams,
  w,
  onChange,
}: {
  id: string;
  line: LineForm;
  teams: Teams;
  w: StationDeskWords;
  onChange: (key: keyof LineForm, value: string) => void;
}) {
  return (
    <>
      <div class="field">
        <label for={`${id}-team`}>{w.team}</label>
        <select id={`${id}-team`} value={line.teamId} onChange={(e) => onChange('teamId', e.currentTarget.value)}>
          <option value="">{w.noTeam}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-start`}>{w.startsAt}</label>
        <input id={`${id}-start`} type="time" value={line.startsAt} onInput={(e) => onChange('startsAt', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-end`}>{w.endsAt}</label>
        <input id={`${id}-end`} type="time" value={line.endsAt} onInput={(e) => onChange('endsAt', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${id}-places`}>{w.places}</label>
        <input id={`${id}-places`} type="number" min={1} max={100} value={line.places} onInput={(e) => onChange('places', e.currentTarget.value)} />
      </div>
    </>
  );
}

function SwapList({ swaps, w, answer }: { swaps: Swap[]; w: StationDeskWords; answer?: (swap: Swap, accept: boolean) => void }) {
  return (
    <>
      <h4>{w.swaps}</h4>
      {swaps.length ? (
        <ul class="manage-list">
          {swaps.map((s) => (
            <li key={s.id} class="manage-item" data-swap={s.status}>
              {s.station.name}：{w.swapLine(s.fromTeam.name, s.fromDuty.date, s.toTeam.name, s.toDuty.date)} · {w.statuses[s.status] ?? s.status}
              {answer && s.status === 'PENDING' && (
                <span class="manage-actions">
                  <button type="button" class="signup-more" onClick={() => answer(s, true)}>
                    {w.accept}
                  </button>
                  <button type="button" class="signup-more" onClick={() => answer(s, false)}>
                    {w.decline}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="account-empty">{w.noSwaps}</p>
      )}
    </>
  );
}

type TeamData = ManageTeamDutiesQuery;
type TeamDuty = TeamData['teamStationDuties'][number];
type Members = NonNullable<NonNullable<TeamData['organization']>['members']>['nodes'];

function TeamDuties({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = STATION_DESK_WORDS[locale];
  const [status, setStatus] = useState<Status>(null);
  const { state, retry } = useLoaded(async () => {
    const r = await request(teamQuery, { org: org.id, ...horizon() });
    return r.ok ? { ok: true, data: r.data } : r;
  }, locale);
  const changed = (text: string) => {
    setStatus({ tone: 'success', text });
    retry();
  };
  const answer = async (swap: Swap, accept: boolean) => {
    const result = await send(answerMutation, { id: swap.id, accept }, locale, w.fields);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    changed(w.answered);
  };
  return (
    <ManageSection id="stations-team" title={w.teamDuties} note={w.teamDutiesNote} state={state} retry={retry} locale={locale}>
      {(data) => {
        const duties = data.teamStationDuties.filter((d) => d.team.id === org.id);
        const incoming = data.stationSwaps.filter((s) => s.toTeam.id === org.id || s.fromTeam.id === org.id);
        return (
          <>
            <div class="station-notice">
              <FormStatus status={status} locale={locale} />
            </div>
            {duties.length ? (
              <ul class="manage-list">
                {duties.map((d) => (
                  <TeamDutyItem key={d.id} duty={d} org={org} members={data.organization?.members?.nodes ?? []} w={w} locale={locale} onChange={changed} />
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.noTeamDuties}</p>
            )}
            <SwapList swaps={incoming} w={w} answer={(s, a) => void (s.toTeam.id === org.id ? answer(s, a) : undefined)} />
          </>
        );
      }}
    </ManageSection>
  );
}

function TeamDutyItem({
  duty,
  org,
  members,
  w,
  locale,
  onChange,
}: {
  duty: TeamDuty;
  org: ManagedOrganization;
  members: Members;
  w: StationDeskWords;
  locale: Locale;
  onChange: (text: string) => void;
}) {
  const [found, setFound] = useState<Members | null>(null);
  const [search, setSearch] = useState('');
  const choices = found ?? members;
  const [volunteerId, setVolunteerId] = useState(members[0]?.volunteer.id ?? '');
  const others = duty.station.duties.filter((d) => d.team.id !== org.id && d.date > chinaDateIn(0));
  const [swapFor, setSwapFor] = useState(others[0]?.id ?? '');
  const [status, setStatus] = useState<Status>(null);
  const id = `duty-${duty.id}`;
  const signUp = async (e: Event) => {
    e.preventDefault();
    if (!duty.shift || !volunteerId) return;
    const result = await send(signUpMutation, { shiftId: duty.shift.id, volunteerId }, locale, w.fields);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onChange(w.signedUp);
  };
  const findMembers = async () => {
    if (!search.trim()) return;
    const result = await send(memberSearch, { org: org.id, search: search.trim() }, locale, w.fields);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    const nodes = result.data.organization?.members?.nodes ?? [];
    setFound(nodes);
    setVolunteerId(nodes[0]?.volunteer.id ?? '');
    setStatus({ tone: nodes.length ? 'success' : 'error', text: w.membersFound(nodes.length) });
  };
  const propose = async () => {
    const result = await send(proposeMutation, { input: { fromDutyId: duty.id, toDutyId: swapFor } }, locale, w.fields);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onChange(w.proposed);
  };
  const label = `${duty.station.name} ${duty.date}`;
  return (
    <li class="manage-item" data-duty={duty.date}>
      <p>
        <strong>{label}</strong> {w.weekdays[(new Date(`${duty.date}T00:00:00Z`).getUTCDay() + 6) % 7]} · {w.filled(duty.filled, duty.capacity)}
        {duty.shift && (
          <>
            {' '}
            · <a href={localizePath(`/manage/attendance/?shift=${duty.shift.id}`, locale)}>{w.roster}</a>
          </>
        )}
      </p>
      <div class="form-row">
        <div class="field">
          <label for={`${id}-find`}>{w.findMember}</label>
          <input
            id={`${id}-find`}
            type="search"
            maxLength={20}
            value={search}
            onInput={(e) => setSearch(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void findMembers();
            }}
          />
        </div>
        <button type="button" class="signup-more" onClick={() => void findMembers()}>
          {w.findMemberButton}
          <span class="visually-hidden">：{label}</span>
        </button>
      </div>
      <form class="form-row" onSubmit={(e) => void signUp(e)}>
        <div class="field">
          <label for={`${id}-member`}>{w.member}</label>
          <select id={`${id}-member`} value={volunteerId} onChange={(e) => setVolunteerId(e.currentTarget.value)}>
            {choices.map((m) => (
              <option key={m.id} value={m.volunteer.id}>
                {m.volunteer.realName ?? m.volunteer.displayName}（{m.volunteer.volunteerNumber}）
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="form-submit">
          {w.signUp}
          <span class="visually-hidden">：{label}</span>
        </button>
      </form>
      {others.length > 0 && duty.filled === 0 && (
        <div class="form-row">
          <div class="field">
            <label for={`${id}-swap`}>{w.swapWith}</label>
            <select id={`${id}-swap`} value={swapFor} onChange={(e) => setSwapFor(e.currentTarget.value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.date} {o.team.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="signup-more" onClick={() => void propose()}>
            {w.proposeSwap}
            <span class="visually-hidden">：{label}</span>
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
