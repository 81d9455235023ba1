// The upcoming shifts of a published activity on the activities page, each with "move" (new
// start and end, a reason) and "cancel this shift" (a reason): the form, then a confirmation
// saying how many volunteers will be told, then the result with how many were.
import { useState } from 'preact/hooks';
import type { CancelShiftInput, MoveShiftInput } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { fromLocalInput, toLocalInput, type Sent } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { SHIFT_CHANGE_WORDS } from './words/manage-shift-changes';

/** What a change answers: how many were told, and the activity's row for the list as it is now. */
export interface ShiftChanged<Row> {
  notified: number;
  project: Row;
}

export interface ShiftRow {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  entrantCount: number;
}

interface Props<Row> {
  shifts: ShiftRow[];
  locale: Locale;
  move: (input: MoveShiftInput) => Promise<Sent<ShiftChanged<Row>>>;
  cancel: (input: CancelShiftInput) => Promise<Sent<ShiftChanged<Row>>>;
  onChanged: (row: Row, text: string) => void;
}

/** The activity's shifts that have not started, each with its actions. */
export function ShiftChanges<Row>({ shifts, locale, ...actions }: Props<Row>) {
  const w = SHIFT_CHANGE_WORDS[locale];
  const upcoming = shifts.filter((s) => Date.parse(s.startsAt) > Date.now());
  if (!upcoming.length) return null;
  return (
    <details class="shift-changes">
      <summary>
        {w.title} ({upcoming.length})
      </summary>
      <ul class="manage-list">
        {upcoming.map((s) => (
          <ShiftItem key={s.id} shift={s} locale={locale} {...actions} />
        ))}
      </ul>
    </details>
  );
}

type Mode = null | 'move' | 'cancel';
type FieldName = 'startsAt' | 'endsAt' | 'reason';

function ShiftItem<Row>({ shift: s, locale, move, cancel, onChanged }: Omit<Props<Row>, 'shifts'> & { shift: ShiftRow }) {
  const w = SHIFT_CHANGE_WORDS[locale];
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const [mode, setMode] = useState<Mode>(null);
  const [confirming, setConfirming] = useState(false);
  const [startsAt, setStartsAt] = useState(() => toLocalInput(s.startsAt));
  const [endsAt, setEndsAt] = useState(() => toLocalInput(s.endsAt));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const told = s.confirmedCount + s.waitlistCount + s.entrantCount;
  const newStart = fromLocalInput(startsAt);
  const newEnd = fromLocalInput(endsAt);
  const open = (next: Mode) => (setMode(next), setConfirming(false), setErrors({}), setStatus(null));

  // The form's own checks, then the confirmation.
  const next = () => {
    const found: Partial<Record<FieldName, string>> = {};
    if (mode === 'move' && !newStart) found.startsAt = w.needTime;
    if (mode === 'move' && !newEnd) found.endsAt = w.needTime;
    if (!reason.trim()) found.reason = w.needReason;
    setErrors(found);
    setConfirming(Object.keys(found).length === 0);
  };
  const submit = async () => {
    setBusy(true);
    const result = mode === 'move' ? await move({ shiftId: s.id, startsAt: newStart!, endsAt: newEnd!, reason }) : await cancel({ shiftId: s.id, reason });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      if (result.field === 'startsAt' || result.field === 'endsAt' || result.field === 'reason') setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    const done = mode === 'move' ? w.moved(span(newStart!, newEnd!), result.data.notified) : w.cancelled(span(s.startsAt, s.endsAt), result.data.notified);
    open(null);
    setReason('');
    onChanged(result.data.project, done);
  };

  const field = (name: FieldName, label: string, input: preact.JSX.Element) => (
    <div class={errors[name] ? 'field field-invalid' : 'field'}>
      <label for={`shift-${name}-${s.id}`}>{label}</label>
      {input}
      <p id={`shift-${name}-${s.id}-error`} class="field-error">
        {errors[name]}
      </p>
    </div>
  );
  const input = (name: FieldName, value: string, set: (v: string) => void, extra: preact.JSX.InputHTMLAttributes<HTMLInputElement>) => (
    <input
      id={`shift-${name}-${s.id}`}
      value={value}
      onInput={(e) => (set(e.currentTarget.value), setErrors({}), setConfirming(false))}
      aria-invalid={errors[name] ? 'true' : undefined}
      aria-describedby={`shift-${name}-${s.id}-error`}
      {...extra}
    />
  );
  const when = span(s.startsAt, s.endsAt);

  return (
    <li class="manage-item island-form" data-shift={s.id}>
      <p>
        <strong>{when}</strong>
      </p>
      <p class="manage-meta">{w.places(s.confirmedCount, s.capacity, s.waitlistCount + s.entrantCount)}</p>
      <div class="manage-actions">
        <button type="button" class="signup-more" aria-expanded={mode === 'move'} onClick={() => open(mode === 'move' ? null : 'move')}>
          {w.move}
          <span class="visually-hidden">：{when}</span>
        </button>
        <button type="button" class="signup-more" aria-expanded={mode === 'cancel'} onClick={() => open(mode === 'cancel' ? null : 'cancel')}>
          {w.cancel}
          <span class="visually-hidden">：{when}</span>
        </button>
      </div>
      {mode && (
        <div class="shift-change-form">
          {mode === 'move' && (
            <div class="form-row">
              {field('startsAt', w.startsAt, input('startsAt', startsAt, setStartsAt, { type: 'datetime-local' }))}
              {field('endsAt', w.endsAt, input('endsAt', endsAt, setEndsAt, { type: 'datetime-local' }))}
            </div>
          )}
          {field('reason', mode === 'move' ? w.moveReason : w.cancelReason, input('reason', reason, setReason, { maxLength: 200 }))}
          {confirming ? (
            <div class="manage-actions" role="group" aria-label={mode === 'move' ? w.move : w.cancel}>
              <p>{mode === 'move' ? w.confirmMove(span(newStart!, newEnd!), told) : w.confirmCancel(when, told)}</p>
              <button type="button" class="form-submit" disabled={busy} onClick={() => void submit()}>
                {mode === 'move' ? w.doMove : w.doCancel}
              </button>
              <button type="button" class="signup-more" onClick={() => setConfirming(false)}>
                {w.back}
              </button>
            </div>
          ) : (
            <div class="manage-actions">
              <button type="button" class="form-submit" onClick={next}>
                {w.next}
              </button>
              <button type="button" class="signup-more" onClick={() => open(null)}>
                {w.close}
              </button>
            </div>
          )}
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
