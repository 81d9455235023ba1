// 待登记服务时长: the organisation's ended shifts whose volunteers still lack a service record,
// latest first, each a form with a row per volunteer (included or not, minutes prefilled with
// the shift's length) that records them all in one recordHours call. The API checks the
// minutes against the shift (1..its length) and names the offending line, whose error then
// appears on that row; the whole call records nothing in that case.
import { useRef, useState } from 'preact/hooks';
import type {
  AwaitingShiftFragment,
  ManageAwaitingShiftQuery,
  ManageAwaitingShiftQueryVariables,
  ManageAwaitingShiftsQuery,
  ManageAwaitingShiftsQueryVariables,
  RecordShiftHoursMutation,
  RecordShiftHoursMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, failureText } from '../lib/api-messages';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { shiftLength } from '../lib/manage-time';
import { idempotencyKey } from '../lib/signups';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { HOURS_WORDS } from './words/manage-hours';

// The list and each shift's volunteers are separate requests: one query holding a page of shifts
// with a page of volunteers each would pass the API's cost limit (pages multiply).
const shiftsQuery = operation<ManageAwaitingShiftsQuery, ManageAwaitingShiftsQueryVariables>(/* GraphQL */ `
  query ManageAwaitingShifts($id: ID!, $after: String) {
    organization(id: $id) {
      id
      shiftsAwaitingHours(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
        }
      }
    }
  }
`);

const shiftQuery = operation<ManageAwaitingShiftQuery, ManageAwaitingShiftQueryVariables>(/* GraphQL */ `
  query ManageAwaitingShift($id: ID!) {
    node(id: $id) {
      ... on Shift {
        ...AwaitingShift
      }
    }
  }

  fragment AwaitingShift on Shift {
    id
    startsAt
    endsAt
    project {
      id
      title
    }
    unrecordedSignups(first: 100) {
      totalCount
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
`);

const recordMutation = operation<RecordShiftHoursMutation, RecordShiftHoursMutationVariables>(/* GraphQL */ `
  mutation RecordShiftHours($input: RecordHoursInput!) {
    recordHours(input: $input) {
      id
    }
  }
`);

type Shift = AwaitingShiftFragment;
type Awaiting = { shifts: Shift[]; total: number; after: string | null };
type Note = { tone: 'success' | 'error'; text: string } | null;

async function loadShift(id: string): Promise<ApiResult<Shift | null>> {
  const result = await request(shiftQuery, { id });
  if (!result.ok) return result;
  const node = result.data.node;
  return { ok: true, data: node && 'id' in node ? (node as Shift) : null };
}

export function ManageHours({ organizationId, locale, onSettled }: { organizationId: string; locale: Locale; onSettled: () => void }) {
  const all = HOURS_WORDS[locale];
  const w = all.hours;
  const load = async (after: string | null = null): Promise<ApiResult<Awaiting | null>> => {
    const result = await request(shiftsQuery, { id: organizationId, after });
    if (!result.ok) return result;
    const page = result.data.organization?.shiftsAwaitingHours;
    if (!page) return { ok: true, data: null };
    const details = await Promise.all(page.nodes.map((s) => loadShift(s.id)));
    const failed = details.find((d) => !d.ok);
    if (failed && !failed.ok) return failed;
    const shifts = details.flatMap((d) => (d.ok && d.data ? [d.data] : []));
    return { ok: true, data: { shifts, total: page.totalCount, after: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null } };
  };
  const { state, update, retry } = useLoaded(load, locale, onSettled);
  const [note, setNote] = useState<Note>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Each recording starts the forms afresh from what the API now says.
  const [revision, setRevision] = useState(0);
  const noteLine = useRef<HTMLParagraphElement>(null);

  const more = async (after: string) => {
    setLoadingMore(true);
    const result = await load(after);
    setLoadingMore(false);
    if (!result.ok || !result.data) return setNote({ tone: 'error', text: result.ok ? all.sessionOver : await failureText(result, locale) });
    const page = result.data;
    update((old) => ({ shifts: [...old.shifts, ...page.shifts.filter((s) => !old.shifts.some((o) => o.id === s.id))], total: page.total, after: page.after }));
  };

  /** After a recording: the shift as it now stands (the next volunteers, if it had more than a page), or gone. */
  const recorded = async (shift: Shift, count: number) => {
    const fresh = await loadShift(shift.id);
    const next = fresh.ok ? fresh.data : null;
    const left = next?.unrecordedSignups?.totalCount ?? 0;
    const rest = !fresh.ok ? w.restUnknown : left > 0 ? w.restLeft(left) : '';
    setNote({ tone: 'success', text: w.recorded(shift.project.title, all.span(shift.startsAt, shift.endsAt), count, rest) });
    update((old) => {
      const shifts = old.shifts.flatMap((s) => (s.id !== shift.id ? [s] : next && left > 0 ? [next] : []));
      return { ...old, shifts, total: old.total - (old.shifts.length - shifts.length) };
    });
    setRevision((n) => n + 1);
    // The form that had the focus was replaced; the message that says what happened takes it.
    requestAnimationFrame(() => noteLine.current?.focus());
  };

  return (
    <ManageSection id="manage-hours" title={w.title} note={w.note} locale={locale} state={state} retry={retry}>
      {({ shifts, total, after }) => (
        <>
          <p class="account-message" data-tone={note?.tone} role="status" tabIndex={-1} ref={noteLine}>
            {note?.text}
          </p>
          {shifts.length ? (
            <>
              {total > shifts.length && <p class="account-note">{w.shown(total, shifts.length)}</p>}
              <ul class="manage-shifts" data-list="awaiting">
                {shifts.map((s) => (
                  <ShiftRecordForm key={`${s.id}-${revision}`} shift={s} locale={locale} onRecorded={(count) => recorded(s, count)} />
                ))}
              </ul>
              {after && (
                <button type="button" class="signup-more" disabled={loadingMore} onClick={() => void more(after)}>
                  {loadingMore ? w.loadingMore : w.more}
                </button>
              )}
            </>
          ) : (
            <p class="account-empty" data-state="nothing-awaiting">
              {w.none}
            </p>
          )}
        </>
      )}
    </ManageSection>
  );
}

interface Row {
  include: boolean;
  minutes: string;
}

/** One ended shift: who lacks a record, their minutes, and one 登记 for all the included ones. */
function ShiftRecordForm({ shift, locale, onRecorded }: { shift: Shift; locale: Locale; onRecorded: (count: number) => Promise<void> }) {
  const all = HOURS_WORDS[locale];
  const w = all.hours;
  const length = shiftLength(shift);
  const signups = shift.unrecordedSignups?.nodes ?? [];
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(signups.map((s) => [s.volunteer.id, { include: true, minutes: String(length) }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // One key per submission of the same lines: a double click or a retry after a lost answer
  // replays the first call instead of recording twice; any change to the lines makes a new one.
  const key = useRef(idempotencyKey());
  const sending = useRef(false);
  const inputs = useRef<Record<string, HTMLInputElement | null>>({});
  const when = all.span(shift.startsAt, shift.endsAt);
  const titleId = `awaiting-${shift.id}`;

  const change = (volunteerId: string, row: Partial<Row>) => {
    key.current = idempotencyKey();
    setRows((old) => ({ ...old, [volunteerId]: { ...old[volunteerId], ...row } }));
    setErrors(({ [volunteerId]: _, ...rest }) => rest);
  };

  const fail = (found: Record<string, string>, text: string) => {
    setErrors(found);
    setStatus({ tone: 'error', text });
    const first = signups.find((s) => found[s.volunteer.id]);
    if (first) inputs.current[first.volunteer.id]?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending.current) return;
    const entries = signups
      .filter((s) => rows[s.volunteer.id]?.include)
      .map((s) => ({ volunteerId: s.volunteer.id, text: rows[s.volunteer.id].minutes.trim() }));
    if (!entries.length) return fail({}, w.pickOne);
    // The form is checked here; the range (1..the shift's length) is the API's rule, and its
    // answer names the line.
    const found: Record<string, string> = {};
    for (const e of entries) if (!/^\d+$/.test(e.text) || Number(e.text) < 1) found[e.volunteerId] = w.wholeMinutes;
    if (Object.keys(found).length) return fail(found, w.fix);

    sending.current = true;
    setBusy(true);
    setStatus({ tone: 'info', text: w.recording });
    const input = { shiftId: shift.id, idempotencyKey: key.current, entries: entries.map((e) => ({ volunteerId: e.volunteerId, minutes: Number(e.text) })) };
    const result = await request(recordMutation, { input });
    // Recorded: the form stays busy until the section has replaced it.
    if (result.ok) return onRecorded(result.data.recordHours.length);
    sending.current = false;
    setBusy(false);
    const error = result.network ? null : result.errors[0];
    const line = error?.field?.match(/^entries\.(\d+)\./);
    const volunteerId = line ? input.entries[Number(line[1])]?.volunteerId : undefined;
    // The API's sentence names the row's limit in Chinese; English pages say it in their words.
    const own = w.tooLong ? { [error?.field ?? '']: w.tooLong(length) } : {};
    const rowText = error ? await errorText(error, locale, own) : null;
    fail(volunteerId && rowText ? { [volunteerId]: rowText } : {}, await failureText(result, locale, own));
  };

  const more = (shift.unrecordedSignups?.totalCount ?? 0) - signups.length;
  return (
    <li class="manage-shift" data-shift={shift.id}>
      <form class="island-form" aria-labelledby={titleId} onSubmit={submit} noValidate aria-busy={busy}>
        <h3 id={titleId}>
          {shift.project.title}
          <span class="manage-when">{when}</span>
        </h3>
        <p class="form-note">
          {w.length(length)}
          {more > 0 && w.moreLater(more)}
        </p>
        <ul class="manage-rows">
          {signups.map((s) => {
            const id = s.volunteer.id;
            const row = rows[id];
            const error = errors[id];
            const name = s.volunteer.realName ?? s.volunteer.displayName;
            const field = `minutes-${shift.id}-${id}`;
            return (
              <li key={id} class={error ? 'manage-row field-invalid' : 'manage-row'} data-volunteer={id}>
                <label class="manage-include">
                  <input type="checkbox" checked={row.include} onChange={(e) => change(id, { include: e.currentTarget.checked })} />
                  <span class="manage-name">{name}</span>
                  <span class="manage-number">{s.volunteer.volunteerNumber}</span>
                </label>
                <div class="manage-minutes">
                  <label for={field}>
                    {w.minutes}
                    <span class="visually-hidden">{w.of(name)}</span>
                  </label>
                  <input
                    id={field}
                    ref={(el) => void (inputs.current[id] = el)}
                    inputMode="numeric"
                    maxLength={4}
                    autoComplete="off"
                    value={row.minutes}
                    disabled={!row.include}
                    onInput={(e) => change(id, { minutes: e.currentTarget.value })}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `${field}-error` : undefined}
                  />
                </div>
                <p id={`${field}-error`} class="field-error manage-row-error">
                  {error}
                </p>
              </li>
            );
          })}
        </ul>
        <button type="submit" class="form-submit" disabled={busy}>
          {busy ? w.recording : w.record}
          <span class="visually-hidden">{w.of(`${shift.project.title}，${when}`)}</span>
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </li>
  );
}
