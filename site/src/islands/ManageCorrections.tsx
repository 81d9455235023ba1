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
import { chineseErrorText, chineseFailureText } from '../lib/api-messages';
import { formatDate, formatTimeSpan } from '../lib/format';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';


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

export function ManageCorrections({ organizationId, onSettled }: { organizationId: string; onSettled: () => void }) {
  const { state, update, retry } = useLoaded(async () => {
    const result = await request(correctionsQuery, { id: organizationId });
    if (!result.ok) return result;
    return { ok: true as const, data: result.data.organization?.hourCorrectionRequests ?? null };
  }, 'zh-CN', onSettled);
  const [note, setNote] = useState<Note>(null);
  const heading = useRef<HTMLParagraphElement>(null);

  const resolved = (c: Correction, accepted: boolean) => {
    const who = c.volunteer.realName ?? c.volunteer.displayName;
    setNote({ tone: 'success', text: `已${accepted ? '同意' : '驳回'}${who}对“${c.shift.project.title}”的更正申请。` });
    update((old) => ({ totalCount: old.totalCount - 1, nodes: old.nodes.filter((n) => n.id !== c.id) }));
    // The form that had the focus is gone; the message that says what happened takes it.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <ManageSection
      id="manage-corrections"
      title="更正申请"
      note="志愿者对服务记录有异议时提出；同意后原记录冲正并按申请时长重新登记，答复志愿者可见。"
      state={state}
      retry={retry}
    >
      {({ totalCount, nodes }) => (
        <>
          <p class="account-message" data-tone={note?.tone} role="status" tabIndex={-1} ref={heading}>
            {note?.text}
          </p>
          {nodes.length ? (
            <>
              {totalCount > nodes.length && <p class="account-note">共 {totalCount} 条待处理，显示最近的 {nodes.length} 条。</p>}
              <ul class="manage-corrections" data-list="corrections">
                {nodes.map((c) => (
                  <CorrectionItem key={c.id} correction={c} onResolved={(accepted) => resolved(c, accepted)} />
                ))}
              </ul>
            </>
          ) : (
            <p class="account-empty" data-state="no-corrections">
              暂无待处理的更正申请。
            </p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function CorrectionItem({ correction: c, onResolved }: { correction: Correction; onResolved: (accepted: boolean) => void }) {
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
    const problem = !accept && text.length < 2 ? '驳回时请写明理由（2 到 500 字）' : text.length > 500 ? '答复最多 500 字' : null;
    if (problem) {
      setError(problem);
      setStatus({ tone: 'error', text: '请按提示修改后再提交。' });
      return replyInput.current?.focus();
    }
    setBusy(true);
    setStatus({ tone: 'info', text: '正在提交……' });
    const result = await request(resolveMutation, { input: { requestId: c.id, accept, note: text || ACCEPTED_NOTE } });
    setBusy(false);
    if (result.ok) return onResolved(accept);
    const apiError = result.network ? null : result.errors[0];
    setError(apiError?.field === 'note' ? chineseErrorText(apiError) : null);
    setStatus({ tone: 'error', text: chineseFailureText(result) });
  };

  return (
    <li class="island-form manage-correction" data-correction={c.id}>
      <div class="manage-correction-head">
        <h3>
          {who} <span class="manage-number">{c.volunteer.volunteerNumber}</span>
        </h3>
        <span class="record-meta">{formatDate(c.createdAt)}提交</span>
      </div>
      <p class="record-meta">
        {c.shift.project.title} · {formatTimeSpan(c.shift.startsAt, c.shift.endsAt)}
      </p>
      <p class="manage-change">
        {c.entry ? `原记录 ${c.entry.minutes} 分钟` : '原无记录'} → 申请 <strong>{c.requestedMinutes} 分钟</strong>
      </p>
      <blockquote class="correction-answer">{c.message}</blockquote>
      <div class={error ? 'field field-invalid' : 'field'}>
        <label for={field}>答复（志愿者可见）</label>
        <p id={`${field}-hint`} class="field-hint">
          驳回时必填；同意时可不填。
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
          同意<span class="visually-hidden">：{who}的申请</span>
        </button>
        <button type="button" class="record-correct" disabled={busy} onClick={() => void answer(false)}>
          驳回<span class="visually-hidden">：{who}的申请</span>
        </button>
      </div>
      <FormStatus status={status} locale="zh-CN" />
    </li>
  );
}
