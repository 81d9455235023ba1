// 志愿服务站 (/manage/stations/): the operator's ADMINs edit their stations, set the weekly duty
// rota from the approved teams and see the next four weeks' duties (gaps of the coming week
// marked) and the swap requests; a duty team's coordinators see its duty days, sign members up
// (the ordinary signUpVolunteer), open the roster, and ask for or answer swaps.
import { useState } from 'preact/hooks';
import type {
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
          startsAt
          endsAt
          places
          team {
            id
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
            id
            volunteer {
              id
              realName
              displayName
              volunteerNumber
            }
          }
        }
      }
      stationSwaps {
        ...StationSwapRow
      }
    }
  `,
  SWAP,
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
  const initial = w.weekdays.map((_, i) => {
    const line = station.rota.find((r) => r.weekday === i + 1);
    return { teamId: line?.team.id ?? '', startsAt: line?.startsAt ?? '09:00', endsAt: line?.endsAt ?? '17:00', places: String(line?.places ?? 2) };
  });
  const [rows, setRows] = useState(initial);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const change = (i: number, key: keyof (typeof rows)[number], value: string) => setRows((old) => old.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const lines = rows
      .map((r, i) => ({ weekday: i + 1, teamId: r.teamId, startsAt: r.startsAt, endsAt: r.endsAt, places: Number(r.places) }))
      .filter((l) => l.teamId);
    const result = await send(rotaMutation, { input: { stationId: station.id, lines } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus(null);
    onSaved(w.rotaSet(result.data.setStationRota.length));
  };
  const id = `rota-${station.id}`;
  return (
    <form class="island-form station-rota" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{w.rota}</h4>
      <p class="account-note">{w.rotaNote}</p>
      {rows.map((r, i) => (
        <fieldset key={i} class="form-row station-rota-row">
          <legend>{w.weekdays[i]}</legend>
          <div class="field">
            <label for={`${id}-${i}-team`}>{w.team}</label>
            <select id={`${id}-${i}-team`} value={r.teamId} onChange={(e) => change(i, 'teamId', e.currentTarget.value)}>
              <option value="">{w.noTeam}</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${id}-${i}-start`}>{w.startsAt}</label>
            <input id={`${id}-${i}-start`} type="time" value={r.startsAt} onInput={(e) => change(i, 'startsAt', e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-end`}>{w.endsAt}</label>
            <input id={`${id}-${i}-end`} type="time" value={r.endsAt} onInput={(e) => change(i, 'endsAt', e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${id}-${i}-places`}>{w.places}</label>
            <input id={`${id}-${i}-places`} type="number" min={1} max={100} value={r.places} onInput={(e) => change(i, 'places', e.currentTarget.value)} />
          </div>
        </fieldset>
      ))}
      <button type="submit" class="form-submit" disabled={busy}>
        {w.setRota}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
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
                  <button type="button" class="button-secondary" onClick={() => answer(s, true)}>
                    {w.accept}
                  </button>
                  <button type="button" class="button-secondary" onClick={() => answer(s, false)}>
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
      <form class="form-row" onSubmit={(e) => void signUp(e)}>
        <div class="field">
          <label for={`${id}-member`}>{w.member}</label>
          <select id={`${id}-member`} value={volunteerId} onChange={(e) => setVolunteerId(e.currentTarget.value)}>
            {members.map((m) => (
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
          <button type="button" class="button-secondary" onClick={() => void propose()}>
            {w.proposeSwap}
            <span class="visually-hidden">：{label}</span>
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
