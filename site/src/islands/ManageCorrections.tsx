// 更正申请: volunteers' open requests to correct a service record of this organisation, each
// with who asked, for which shift, the record as it stands and the minutes asked for, and an
// answer the volunteer will read. 同意 reverses the live record and records the minutes asked
// for (resolveHourCorrection does both in one transaction); 驳回 needs a reason.
import { useRef, useState } from 'preact/hooks';
import type {
  ManageCorrectionsQuery,
  ManageCorrectionsQueryVariables,
  OpenCorrectionFragment,
  ResolveCorrectionMutation,
  ResolveCorrectionMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { HOURS_WORDS } from './words/manage-hours';

const correctionsQuery = operation<ManageCorrectionsQuery, ManageCorrectionsQueryVariables>(/* GraphQL */ `
  query ManageCorrections($id: ID!) {
    organization(id: $id) {
      id
      hourCorrectionRequests(status: OPEN, first: 50) {
        totalCount
        nodes {
          ...OpenCorrection
        }
      }
    }
  }

  fragment OpenCorrection on HourCorrectionRequest {
    id
    requestedMinutes
    message
    createdAt
    volunteer {
      id
      realName
      displayName
      volunteerNumber
    }
    shift {
      id
      startsAt
      endsAt
      project {
        id
        title
      }
    }
    entry {
      id
      minutes
    }
  }
`);

const resolveMutation = operation<ResolveCorrectionMutation, ResolveCorrectionMutationVariables>(/* GraphQL */ `
  mutation ResolveCorrection($input: ResolveHourCorrectionInput!) {
    resolveHourCorrection(input: $input) {
      id
      status
    }
  }
`);

type Correction = OpenCorrectionFragment;
type Note = { tone: 'success' | 'error'; text: string } | null;

/** What the volunteer reads when a request is accepted without a word of the coordinator's own. */
const ACCEPTED_NOTE = '已核实，同意按申请更正。';

export function ManageCorrections({ organizationId, locale, onSettled }: { organizationId: string; locale: Locale; onSettled: () => void }) {
  const w = HOURS_WORDS[locale].corrections;
  const { state, update, retry } = useLoaded(
    async () => {
      const result = await request(correctionsQuery, { id: organizationId });
      if (!result.ok) return result;
      return { ok: true as const, data: result.data.organization?.hourCorrectionRequests ?? null };
    },
    locale,
    onSettled,
  );
  const [note, setNote] = useState<Note>(null);
  const heading = useRef<HTMLParagraphElement>(null);

  const resolved = (c: Correction, accepted: boolean) => {
    const who = c.volunteer.realName ?? c.volunteer.displayName;
    setNote({ tone: 'success', text: w.resolved(accepted, who, c.shift.project.title) });
    update((old) => ({ totalCount: old.totalCount - 1, nodes: old.nodes.filter((n) => n.id !== c.id) }));
    // The form that had the focus is gone; the message that says what happened takes it.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <ManageSection id="manage-corrections" title={w.title} note={w.note} locale={locale} state={state} retry={retry}>
      {({ totalCount, nodes }) => (
        <>
          <p class="account-message" data-tone={note?.tone} role="status" tabIndex={-1} ref={heading}>
            {note?.text}
          </p>
          {nodes.length ? (
            <>
              {totalCount > nodes.length && <p class="account-note">{w.shown(totalCount, nodes.length)}</p>}
              <ul class="manage-corrections" data-list="corrections">
                {nodes.map((c) => (
                  <CorrectionItem key={c.id} correction={c} locale={locale} onResolved={(accepted) => resolved(c, accepted)} />
                ))}
              </ul>
            </>
          ) : (
            <p class="account-empty" data-state="no-corrections">
              {w.none}
            </p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function CorrectionItem({ correction: c, locale, onResolved }: { correction: Correction; locale: Locale; onResolved: (accepted: boolean) => void }) {
  const all = HOURS_WORDS[locale];
  const w = all.corrections;
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const replyInput = useRef<HTMLTextAreaElement>(null);
  const who = c.volunteer.realName ?? c.volunteer.displayName;
  const field = `reply-${c.id}`;

  const answer = async (accept: boolean) => {
    if (busy) return;
    const text = reply.trim();
    const problem = !accept && text.length < 2 ? w.needReason : text.length > 500 ? w.tooLong : null;
    if (problem) {
      setError(problem);
      setStatus({ tone: 'error', text: w.fix });
      return replyInput.current?.focus();
    }
    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const result = await request(resolveMutation, { input: { requestId: c.id, accept, note: text || ACCEPTED_NOTE } });
    setBusy(false);
    if (result.ok) return onResolved(accept);
    const apiError = result.network ? null : result.errors[0];
    const own = { note: w.needReason };
    setError(apiError?.field === 'note' ? await errorText(apiError, locale, own) : null);
    setStatus({ tone: 'error', text: await failureText(result, locale, own) });
  };

  return (
    <li class="island-form manage-correction" data-correction={c.id}>
      <div class="manage-correction-head">
        <h3>
          {who} <span class="manage-number">{c.volunteer.volunteerNumber}</span>
        </h3>
        <span class="record-meta">{w.asked(all.date(c.createdAt))}</span>
      </div>
      <p class="record-meta">
        {c.shift.project.title} · {all.span(c.shift.startsAt, c.shift.endsAt)}
      </p>
      <p class="manage-change">
        {w.before(c.entry ? c.entry.minutes : null)} → {w.asks} <strong>{w.minutesOf(c.requestedMinutes)}</strong>
      </p>
      <blockquote class="correction-answer">{c.message}</blockquote>
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={field}>{w.reply}</label>
        <p id={`${field}-hint`} class="field-hint">
          {w.replyHint}
        </p>
        <textarea
          id={field}
          ref={replyInput}
          rows={2}
          maxLength={500}
          value={reply}
          onInput={(e) => (setReply(e.currentTarget.value), setError(null))}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${field}-hint${error ? ` ${field}-error` : ''}`}
        />
        <p id={`${field}-error`} class="field-error">
          {error}
        </p>
      </div>
      <div class="correction-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={() => void answer(true)}>
          {w.accept}
          <span class="visually-hidden">{w.whose(who)}</span>
        </button>
        <button type="button" class="record-correct" disabled={busy} onClick={() => void answer(false)}>
          {w.decline}
          <span class="visually-hidden">{w.whose(who)}</span>
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
