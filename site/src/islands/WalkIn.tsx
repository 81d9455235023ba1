// 临时到场, a section of the hours page: a volunteer who came to an ended shift without signing up, found by
// volunteer number or mobile number, gets their minutes recorded with a reason.
import { useState } from 'preact/hooks';
import type { ManageEndedShiftsQuery, ManageEndedShiftsQueryVariables, ManageWalkInMutation, ManageWalkInMutationVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { shiftLength } from '../lib/manage-time';
import { idempotencyKey } from '../lib/signups';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import type { ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { RECORD_WORDS } from './words/manage-records';

const endedQuery = operation<ManageEndedShiftsQuery, ManageEndedShiftsQueryVariables>(/* GraphQL */ `
  query ManageEndedShifts($filter: ProjectFilter!) {
    projects(first: 50, filter: $filter) {
      nodes {
        id
        title
        shifts {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);

const walkInMutation = operation<ManageWalkInMutation, ManageWalkInMutationVariables>(/* GraphQL */ `
  mutation ManageWalkIn($input: RecordWalkInInput!) {
    recordWalkIn(input: $input) {
      id
      minutes
    }
  }
`);

type Ended = { id: string; label: string; length: number };
type Fields = 'volunteerNumber' | 'phone' | 'minutes' | 'reason';
const MONTH_MS = 31 * 86_400_000;

export function WalkIn({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = RECORD_WORDS[locale];
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const { state, retry } = useLoaded(async (): Promise<ApiResult<Ended[] | null>> => {
    const now = Date.now();
    const result = await request(endedQuery, {
      filter: { organizationId: org.id, startsAfter: new Date(now - MONTH_MS).toISOString(), startsBefore: new Date(now).toISOString() },
    });
    if (!result.ok) return result;
    const ended = result.data.projects.nodes
      .flatMap((p) =>
        p.shifts
          .filter((s) => Date.parse(s.endsAt) < now && Date.parse(s.startsAt) > now - MONTH_MS)
          .map((s) => ({ id: s.id, label: `${p.title} · ${span(s.startsAt, s.endsAt)}`, length: shiftLength(s), startsAt: s.startsAt })),
      )
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    return { ok: true, data: ended };
  }, locale);
  return (
    <ManageSection id="manage-walk-in" title={w.walkIn} note={w.walkInNote} state={state} retry={retry} locale={locale}>
      {(shifts) => (shifts.length ? <WalkInForm shifts={shifts} locale={locale} /> : <p class="account-empty">{w.noShifts}</p>)}
    </ManageSection>
  );
}

function WalkInForm({ shifts, locale }: { shifts: Ended[]; locale: Locale }) {
  const w = RECORD_WORDS[locale];
  const [shiftId, setShiftId] = useState(shifts[0].id);
  const [values, setValues] = useState<Record<Fields, string>>({ volunteerNumber: '', phone: '', minutes: String(shifts[0].length), reason: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(idempotencyKey);
  const change = (name: Fields, value: string) => (setValues((o) => ({ ...o, [name]: value })), setErrors({}), setKey(idempotencyKey()));
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.recording });
    const result = await send(
      walkInMutation,
      {
        input: {
          shiftId,
          volunteerNumber: values.volunteerNumber.trim() || null,
          phone: values.phone.trim() || null,
          minutes: Number(values.minutes),
          reason: values.reason,
          idempotencyKey: key,
        },
      },
      locale,
      w.fields,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field as Fields]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus({ tone: 'success', text: w.recorded(result.data.recordWalkIn.minutes) });
    setValues((o) => ({ ...o, volunteerNumber: '', phone: '', reason: '' }));
    setKey(idempotencyKey());
  };
  const field = (name: Fields, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field name={`walkin-${name}`} label={label} value={values[name]} onValue={(v) => change(name, v)} error={errors[name]} locale={locale} {...extra} />
  );
  return (
    <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div class="field">
        <label for="walkin-shift">{w.shift}</label>
        <select
          id="walkin-shift"
          value={shiftId}
          onChange={(e) => (setShiftId(e.currentTarget.value), change('minutes', String(shifts.find((s) => s.id === e.currentTarget.value)!.length)))}
        >
          {shifts.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div class="form-row">
        {field('volunteerNumber', w.volunteerNumber, { optional: true, maxLength: 30 })}
        {field('phone', w.phone, { optional: true, type: 'tel', inputMode: 'tel', maxLength: 13 })}
      </div>
      <div class="form-row">
        {field('minutes', w.minutes, { inputMode: 'numeric', maxLength: 4 })}
        {field('reason', w.reason, { hint: w.reasonHint, maxLength: 200 })}
      </div>
      <button type="submit" class="form-submit" disabled={busy}>
        {busy ? w.recording : w.record}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
