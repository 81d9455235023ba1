// 签到 (/manage/attendance/): a shift of the team's (today's and upcoming first, then the last
// week's), its sign-ups as they arrive (names, masked phones, status, waitlist order), present or
// absent marked person by person, the roster as CSV and the way to the door's check-in display.
import { useEffect, useState } from 'preact/hooks';
import type {
  ManageMarkAttendedMutation,
  ManageMarkAttendedMutationVariables,
  ManageMarkNoShowMutation,
  ManageMarkNoShowMutationVariables,
  ManageRosterQuery,
  ManageRosterQueryVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { teamShiftsQuery } from '../lib/team-shifts';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { ATTENDANCE_WORDS } from './words/manage-attendance';

// Read by codegen like every document; sent with each operation that spreads it.
const rosterRow = /* GraphQL */ `
  fragment RosterRow on Signup {
    id
    status
    walkIn
    waitlistPosition
    volunteer {
      id
      realName
      displayName
      volunteerNumber
      phoneMasked
    }
  }
`;

const rosterQuery = operation<ManageRosterQuery, ManageRosterQueryVariables>(
  /* GraphQL */ `
  query ManageRoster($id: ID!) {
    node(id: $id) {
      ... on Shift {
        id
        capacity
        confirmedCount
        waitlistCount
        signups(first: 100) {
          nodes {
            ...RosterRow
          }
        }
      }
    }
  }
`,
  rosterRow,
);

const attendedMutation = operation<ManageMarkAttendedMutation, ManageMarkAttendedMutationVariables>(
  /* GraphQL */ `
  mutation ManageMarkAttended($id: ID!) {
    markAttended(signupId: $id) {
      ...RosterRow
    }
  }
`,
  rosterRow,
);

const noShowMutation = operation<ManageMarkNoShowMutation, ManageMarkNoShowMutationVariables>(
  /* GraphQL */ `
  mutation ManageMarkNoShow($id: ID!) {
    markNoShow(signupId: $id) {
      ...RosterRow
    }
  }
`,
  rosterRow,
);

type ShiftChoice = { id: string; label: string; startsAt: string };
type Roster = Extract<NonNullable<ManageRosterQuery['node']>, { signups: unknown }>;
type Row = Roster['signups']['nodes'][number];
const WEEK_MS = 7 * 86_400_000;

export function ManageAttendance({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Attendance org={org} locale={locale} />}</ManageGate>;
}

function Attendance({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = ATTENDANCE_WORDS[locale];
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const [chosen, setChosen] = useState<string | null>(() => new URLSearchParams(location.search).get('shift'));
  const { state, retry } = useLoaded(async (): Promise<ApiResult<ShiftChoice[] | null>> => {
    const result = await request(teamShiftsQuery, { filter: { organizationId: org.id, startsAfter: new Date(Date.now() - WEEK_MS).toISOString() } });
    if (!result.ok) return result;
    const now = Date.now();
    const shifts = result.data.projects.nodes
      .filter((p) => p.status === 'PUBLISHED' || p.status === 'COMPLETED')
      .flatMap((p) => p.shifts.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, label: `${p.title} · ${span(s.startsAt, s.endsAt)}` })))
      .filter((s) => Date.parse(s.startsAt) > now - WEEK_MS)
      // Under way and upcoming first (soonest first), then the ended ones (latest first).
      .sort((a, b) => {
        const endedA = Date.parse(a.endsAt) < now;
        const endedB = Date.parse(b.endsAt) < now;
        return endedA !== endedB ? Number(endedA) - Number(endedB) : endedA ? b.startsAt.localeCompare(a.startsAt) : a.startsAt.localeCompare(b.startsAt);
      });
    return { ok: true, data: shifts };
  }, locale);

  useEffect(() => {
    if (state.status === 'ready' && !chosen && state.data[0]) setChosen(state.data[0].id);
  }, [state.status]);

  const choose = (id: string) => {
    setChosen(id);
    const url = new URL(location.href);
    url.searchParams.set('shift', id);
    history.replaceState(history.state, '', url);
  };

  return (
    <ManageSection id="manage-attendance" title={w.roster} state={state} retry={retry} locale={locale}>
      {(shifts) =>
        shifts.length ? (
          <>
            <div class="field">
              <label for="attendance-shift">{w.choose}</label>
              <select id="attendance-shift" value={chosen ?? ''} onChange={(e) => choose(e.currentTarget.value)}>
                {shifts.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
            {chosen && <ShiftRoster key={chosen} shiftId={chosen} orgId={org.id} locale={locale} />}
          </>
        ) : (
          <p class="account-empty">{w.noShifts}</p>
        )
      }
    </ManageSection>
  );
}

function ShiftRoster({ shiftId, orgId, locale }: { shiftId: string; orgId: string; locale: Locale }) {
  const w = ATTENDANCE_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, reload } = useLoaded(async (): Promise<ApiResult<Roster | null>> => {
    const result = await request(rosterQuery, { id: shiftId });
    if (!result.ok) return result;
    const node = result.data.node;
    return { ok: true, data: node && 'signups' in node ? (node as Roster) : null };
  }, locale);
  // Sign-ups keep arriving while the page is open.
  useEffect(() => {
    const timer = setInterval(() => void (document.visibilityState === 'visible' && reload()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (state.status !== 'ready') return <p class="manage-loading">{state.status === 'error' ? state.text : '…'}</p>;
  const roster = state.data;
  const rows = roster.signups.nodes
    .filter((r) => r.status !== 'CANCELLED')
    .sort((a, b) => Number(a.status === 'WAITLISTED') - Number(b.status === 'WAITLISTED') || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const mark = async (row: Row, present: boolean) => {
    const result = present ? await send(attendedMutation, { id: row.id }, locale) : await send(noShowMutation, { id: row.id }, locale);
    if (!result.ok) return setNote({ tone: 'error', text: result.text });
    const changed = 'markAttended' in result.data ? result.data.markAttended : result.data.markNoShow;
    update((r) => ({ ...r, signups: { ...r.signups, nodes: r.signups.nodes.map((x) => (x.id === row.id ? changed : x)) } }));
    setNote({ tone: 'success', text: w.marked(row.volunteer.realName ?? row.volunteer.displayName, w.statuses[changed.status]) });
  };
  return (
    <div data-roster={shiftId}>
      <p class="manage-meta">{w.counts(roster.confirmedCount, roster.capacity, roster.waitlistCount)}</p>
      <p class="manage-actions">
        <a
          class="form-submit"
          href={`${localizePath('/manage/attendance/door/', locale)}?org=${encodeURIComponent(orgId)}&shift=${encodeURIComponent(shiftId)}`}
        >
          {w.door}
        </a>
        <a
          class="signup-more"
          href={`${localizePath('/manage/attendance/scan/', locale)}?org=${encodeURIComponent(orgId)}&shift=${encodeURIComponent(shiftId)}`}
        >
          {w.scan}
        </a>
        <a class="signup-more" href={`/exports/shifts/${encodeURIComponent(shiftId)}/roster.csv`} download>
          {w.csv}
        </a>
        <button type="button" class="signup-more" onClick={() => void reload()}>
          {w.refresh}
        </button>
      </p>
      <FormStatus status={note} locale={locale} />
      {rows.length ? (
        <div class="manage-table-wrap">
          <table class="manage-table" data-list="roster">
            <thead>
              <tr>
                <th scope="col">{w.name}</th>
                <th scope="col">{w.number}</th>
                <th scope="col">{w.phone}</th>
                <th scope="col">{w.status}</th>
                <th scope="col">{w.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const name = r.volunteer.realName ?? r.volunteer.displayName;
                return (
                  <tr key={r.id} data-signup={r.id} data-status={r.status}>
                    <td>{name}</td>
                    <td>{r.volunteer.volunteerNumber}</td>
                    <td>{r.volunteer.phoneMasked}</td>
                    <td>
                      {w.statuses[r.status]}
                      {r.status === 'WAITLISTED' && r.waitlistPosition ? ` #${r.waitlistPosition}` : ''}
                      {r.walkIn ? w.walkIn : ''}
                    </td>
                    <td class="manage-actions">
                      {(r.status === 'CONFIRMED' || r.status === 'NO_SHOW') && (
                        <button type="button" class="signup-more" onClick={() => void mark(r, true)}>
                          {w.attended}
                          <span class="visually-hidden">：{name}</span>
                        </button>
                      )}
                      {(r.status === 'CONFIRMED' || r.status === 'ATTENDED') && !r.walkIn && (
                        <button type="button" class="signup-more" onClick={() => void mark(r, false)}>
                          {w.noShow}
                          <span class="visually-hidden">：{name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="account-empty">{w.none}</p>
      )}
    </div>
  );
}
