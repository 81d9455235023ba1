// My service records (服务记录) on "my account": the ledger's entries, newest first and paged,
// each with its activity, date, organisation, place and hours, reversals (冲正) shown as such;
// and correction requests (更正申请, MCA Order 67): one can be filed for a record of a shift
// (requested minutes and a message), and the requests are listed with their status and the
// organisation's answer. The first page is loaded with the account (lib/my-ledger.ts), so the
// section appears with the rest of the account.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MyHourEntriesDocument, RequestHourCorrectionDocument, type MyCorrectionFragment, type MyHourEntryFragment } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, failureText } from '../lib/api-messages';
import { formatServiceHours } from '../lib/format';
import { request } from '../lib/graphql-client';
import type { MyLedger } from '../lib/my-ledger';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import type { MyAccountWords } from './words/my-account';
import './my-ledger.css';

const moreOperation = /* GraphQL */ `
  query MyHourEntries($after: String) {
    me {
      id
      hourEntries(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyHourEntry
        }
      }
    }
  }
`;

const requestOperation = /* GraphQL */ `
  mutation RequestHourCorrection($input: RequestHourCorrectionInput!) {
    requestHourCorrection(input: $input) {
      ...MyCorrection
    }
  }
`;

type Entry = MyHourEntryFragment;
type Correction = MyCorrectionFragment;
type Note = { tone: 'success' | 'error'; text: string } | null;

const shiftMinutes = (shift: { startsAt: string; endsAt: string }) => Math.round((Date.parse(shift.endsAt) - Date.parse(shift.startsAt)) / 60_000);

export function MyHours({ ledger, w, locale }: { ledger: MyLedger; w: MyAccountWords; locale: Locale }) {
  const h = w.hours;
  const { date: formatDate, serviceDate: formatServiceDate } = w.fmt;
  const [entries, setEntries] = useState<Entry[]>(ledger.hourEntries.nodes);
  const [more, setMore] = useState(ledger.hourEntries.pageInfo.hasNextPage ? ledger.hourEntries.pageInfo.endCursor : null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [corrections, setCorrections] = useState<Correction[]>(ledger.hourCorrectionRequests?.nodes ?? []);
  const [correctionCount, setCorrectionCount] = useState(ledger.hourCorrectionRequests?.totalCount ?? 0);
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<Note>(null);
  const openers = useRef<Record<string, HTMLButtonElement | null>>({});
  const correctionsHeading = useRef<HTMLHeadingElement>(null);
  const total = ledger.hourEntries.totalCount;
  const pendingShifts = new Set(corrections.filter((c) => c.status === 'OPEN').map((c) => c.shift.id));

  const loadMore = async () => {
    if (!more) return;
    setLoadingMore(true);
    const result = await request(MyHourEntriesDocument, { after: more });
    setLoadingMore(false);
    const page = result.ok ? result.data.me?.hourEntries : null;
    if (!page) return setNote({ tone: 'error', text: result.ok ? w.sessionOver : await failureText(result, locale) });
    setEntries((old) => [...old, ...page.nodes]);
    setMore(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
  };

  const cancel = (entry: Entry) => {
    setEditing(null);
    requestAnimationFrame(() => openers.current[entry.id]?.focus());
  };

  const filed = (entry: Entry, correction: Correction) => {
    setEditing(null);
    setCorrections((old) => [correction, ...old]);
    setCorrectionCount((n) => n + 1);
    setNote({ tone: 'success', text: h.filed(entry.activity, formatServiceDate(entry.serviceDate), entry.organization.name) });
    // The button is gone; the list of requests, where the new one now is, takes the focus.
    requestAnimationFrame(() => correctionsHeading.current?.focus());
  };

  const record = (e: Entry) => {
    const reversal = e.kind === 'REVERSAL';
    const reversed = !!e.reversedBy;
    const when = formatServiceDate(e.serviceDate);
    const canCorrect = !reversal && !reversed && !!e.shift;
    const pending = !!e.shift && pendingShifts.has(e.shift.id);
    const hours = formatServiceHours(e.minutes);
    return (
      <li key={e.id} class={`record${reversal ? ' record-reversal' : ''}${reversed ? ' record-reversed' : ''}`} data-entry={e.id} data-kind={e.kind}>
        <div class="record-main">
          <span class="record-title">
            {reversal && <span class="record-tag">{h.reversal}</span>}
            {reversal ? (e.reverses?.activity ?? e.activity) : e.activity}
            {reversed && <span class="record-tag record-tag-muted">{h.reversed}</span>}
          </span>
          <span class="record-meta">
            <span data-field="serviceDate">{when}</span> · {e.organization.name}
            {e.place && <> · {e.place}</>}
          </span>
          {reversal && e.reason && (
            <span class="record-meta">
              {h.reversalReason}
              {e.reason}
            </span>
          )}
          {reversed && <span class="record-meta">{h.reversedNote(e.reversedBy?.reason)}</span>}
        </div>
        <span class="record-hours" data-field="entryHours">
          {reversed ? <s>{hours}</s> : hours}
          {h.unit}
        </span>
        {canCorrect && pending && <span class="record-pending">{h.pending}</span>}
        {canCorrect && !pending && editing !== e.id && (
          <button type="button" class="record-correct" ref={(el) => void (openers.current[e.id] = el)} onClick={() => (setNote(null), setEditing(e.id))}>
            {h.correct}
            <span class="visually-hidden">{h.correctWhat(e.activity, when)}</span>
          </button>
        )}
        {editing === e.id && e.shift && (
          <CorrectionForm entry={e} shift={e.shift} onCancel={() => cancel(e)} onFiled={(c) => filed(e, c)} w={w} locale={locale} />
        )}
      </li>
    );
  };

  return (
    <section class="account-card account-records" aria-labelledby="account-records">
      <h2 id="account-records">{h.title}</h2>
      <p class="account-note">
        {total ? h.count(total) : ''}
        {h.note}
      </p>
      <p class="account-message" data-tone={note?.tone} role="status">
        {note?.text}
      </p>
      {entries.length ? (
        <ul class="record-list" data-list="records">
          {entries.map(record)}
        </ul>
      ) : (
        <p class="account-empty">{h.none}</p>
      )}
      {more && (
        <button type="button" class="signup-more" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? h.loadingMore : h.more}
        </button>
      )}

      <h3 id="account-corrections" ref={correctionsHeading} tabIndex={-1}>
        {h.corrections}
      </h3>
      {corrections.length ? (
        <ul class="record-list" data-list="corrections">
          {corrections.map((c) => (
            <li key={c.id} class="record correction" data-correction={c.id}>
              <div class="record-main">
                <span class="record-title">{c.shift.project.title}</span>
                <span class="record-meta">
                  {formatDate(c.shift.startsAt)} · {c.organization.name} · {h.filedOn(formatDate(c.createdAt))}
                </span>
                <span class="record-meta">
                  {h.asked(c.requestedMinutes, c.entry ? c.entry.minutes : null)}
                  {c.message}
                </span>
                {c.resolution && (
                  <span class="correction-answer">
                    {h.answer}
                    {c.resolution}
                  </span>
                )}
              </div>
              <span class={`correction-status correction-${c.status.toLowerCase()}`} data-field="correctionStatus">
                {h.correctionStatus[c.status]}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="account-empty">{h.noCorrections}</p>
      )}
      {correctionCount > corrections.length && <p class="account-note">{h.shown(correctionCount, corrections.length)}</p>}
    </section>
  );
}

interface FormProps {
  entry: Entry;
  shift: NonNullable<Entry['shift']>;
  onCancel: () => void;
  onFiled: (correction: Correction) => void;
  w: MyAccountWords;
  locale: Locale;
}

type FormField = 'requestedMinutes' | 'message';

/** The inline form under a record: the minutes actually served and why. Escape or 取消 closes it. */
function CorrectionForm({ entry, shift, onCancel, onFiled, w, locale }: FormProps) {
  const f = w.hours.form;
  const length = shiftMinutes(shift);
  const [minutes, setMinutes] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const minutesInput = useRef<HTMLInputElement | null>(null);
  const messageInput = useRef<HTMLTextAreaElement | null>(null);
  const titleId = `correction-${entry.id}`;

  useEffect(() => minutesInput.current?.focus(), []);

  const fail = (found: Partial<Record<FormField, string>>, text: string) => {
    setErrors(found);
    setStatus({ tone: 'error', text });
    if (found.requestedMinutes) minutesInput.current?.focus();
    else if (found.message) messageInput.current?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<FormField, string>> = {};
    const value = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || value > length) found.requestedMinutes = f.badMinutes(length);
    else if (value === entry.minutes) found.requestedMinutes = f.same;
    const text = message.trim();
    if (text.length < 2 || text.length > 500) found.message = f.badMessage;
    if (found.requestedMinutes || found.message) return fail(found, f.fix);

    setBusy(true);
    setStatus({ tone: 'info', text: f.sending });
    const result = await request(RequestHourCorrectionDocument, { input: { shiftId: shift.id, requestedMinutes: value, message: text } });
    setBusy(false);
    if (result.ok) return onFiled(result.data.requestHourCorrection);
    const error = result.network ? null : result.errors[0];
    const field = error?.field === 'requestedMinutes' || error?.field === 'message' ? error.field : null;
    fail(field && error ? { [field]: await errorText(error, locale, f.fields) } : {}, await failureText(result, locale, f.fields));
  };

  return (
    <form
      class="island-form correction-form"
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}
      noValidate
      aria-busy={busy}
    >
      <h4 id={titleId}>
        {f.title}
        {entry.activity}
        {f.when(w.fmt.serviceDate(entry.serviceDate))}
      </h4>
      <Field
        name="requestedMinutes"
        label={f.minutes}
        hint={f.minutesHint(entry.minutes, length)}
        value={minutes}
        onValue={(v) => (setMinutes(v), setErrors((e) => ({ ...e, requestedMinutes: undefined })))}
        error={errors.requestedMinutes}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        inputRef={(el) => void (minutesInput.current = el)}
        locale={locale}
      />
      <div class={errors.message ? 'field field-invalid' : 'field'}>
        <label for="field-correctionMessage">{f.message}</label>
        <p id="field-correctionMessage-hint" class="field-hint">
          {f.messageHint}
        </p>
        <textarea
          id="field-correctionMessage"
          ref={messageInput}
          rows={3}
          maxLength={500}
          required
          value={message}
          onInput={(e) => (setMessage(e.currentTarget.value), setErrors((x) => ({ ...x, message: undefined })))}
          aria-invalid={errors.message ? 'true' : undefined}
          aria-describedby={`field-correctionMessage-hint${errors.message ? ' field-correctionMessage-error' : ''}`}
        />
        <p id="field-correctionMessage-error" class="field-error">
          {errors.message}
        </p>
      </div>
      <div class="correction-actions">
        <button type="submit" class="form-submit" disabled={busy}>
          {busy ? f.sending : f.submit}
        </button>
        <button type="button" class="record-correct" onClick={onCancel}>
          {f.cancel}
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
