// 后台任务 (/admin/jobs/): the job queue for platform staff: how many jobs each queue holds in
// each state, the latest jobs (all, or of one state), and a retry for a failed one.
import { useState } from 'preact/hooks';
import type {
  AdminJobsQuery,
  AdminJobsQueryVariables,
  AdminRetryJobMutation,
  AdminRetryJobMutationVariables,
  BackgroundJobLineFragment,
  BackgroundJobState,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { ADMIN_JOBS_WORDS, type AdminJobsWords } from './words/admin-jobs';

const jobLine = /* GraphQL */ `
  fragment BackgroundJobLine on BackgroundJob {
    id
    queue
    state
    data
    retryCount
    retryLimit
    createdAt
    startAfter
    startedAt
    completedAt
    error
    result
  }
`;

const jobsQuery = operation<AdminJobsQuery, AdminJobsQueryVariables>(
  /* GraphQL */ `
    query AdminJobs($state: BackgroundJobState) {
      backgroundJobCounts {
        queue
        state
        count
      }
      backgroundJobs(state: $state, first: 50) {
        ...BackgroundJobLine
      }
    }
  `,
  jobLine,
);

const retryMutation = operation<AdminRetryJobMutation, AdminRetryJobMutationVariables>(
  /* GraphQL */ `
    mutation AdminRetryJob($id: ID!) {
      retryBackgroundJob(id: $id) {
        ...BackgroundJobLine
      }
    }
  `,
  jobLine,
);

const STATES: BackgroundJobState[] = ['FAILED', 'RETRY', 'ACTIVE', 'CREATED', 'COMPLETED', 'CANCELLED'];

export function AdminJobs({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <StaffJobs locale={locale} />}</AdminGate>;
}

/** A queue's name in words: `site.rebuild/<site>` is a site build. */
function queueWords(w: AdminJobsWords, queue: string): string {
  return w.queues[queue.split('/')[0]] ?? queue;
}

function StaffJobs({ locale }: { locale: Locale }) {
  const w = ADMIN_JOBS_WORDS[locale];
  const [state, setState] = useState<BackgroundJobState | ''>('');
  const [note, setNote] = useState<Status>(null);
  const loaded = useLoaded(() => request(jobsQuery, { state: state || null }), locale);
  const show = (next: BackgroundJobState | '') => {
    setState(next);
    setNote(null);
    void request(jobsQuery, { state: next || null }).then((result) => result.ok && loaded.update(() => result.data));
  };
  const retried = (job: BackgroundJobLineFragment) => {
    setNote({ tone: 'success', text: w.retried });
    loaded.update((d) => ({ ...d, backgroundJobs: d.backgroundJobs.map((j) => (j.id === job.id ? job : j)) }));
  };
  return (
    <ManageSection id="admin-jobs" title={w.title} note={w.note} state={loaded.state} retry={loaded.retry} locale={locale}>
      {(data) => (
        <>
          <h3>{w.countsTitle}</h3>
          {data.backgroundJobCounts.length ? (
            <table class="manage-table">
              <thead>
                <tr>
                  <th scope="col">{w.queue}</th>
                  {STATES.map((s) => (
                    <th scope="col" key={s}>
                      {w.states[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...new Set(data.backgroundJobCounts.map((c) => c.queue))].map((queue) => (
                  <tr key={queue}>
                    <th scope="row">{queueWords(w, queue)}</th>
                    {STATES.map((s) => (
                      <td key={s}>{data.backgroundJobCounts.find((c) => c.queue === queue && c.state === s)?.count ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p class="account-empty">{w.noCounts}</p>
          )}
          <div class="island-form">
            <label for="jobs-state">{w.filter}</label>
            <select id="jobs-state" value={state} onChange={(e) => show(e.currentTarget.value as BackgroundJobState | '')}>
              <option value="">{w.all}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {w.states[s]}
                </option>
              ))}
            </select>
          </div>
          <FormStatus status={note} locale={locale} />
          {data.backgroundJobs.length ? (
            <ul class="manage-list">
              {data.backgroundJobs.map((job) => (
                <JobItem key={job.id} job={job} w={w} locale={locale} onRetried={retried} />
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.none}</p>
          )}
        </>
      )}
    </ManageSection>
  );
}

function JobItem({
  job,
  w,
  locale,
  onRetried,
}: {
  job: BackgroundJobLineFragment;
  w: AdminJobsWords;
  locale: Locale;
  onRetried: (job: BackgroundJobLineFragment) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const retry = async () => {
    setBusy(true);
    const result = await send(retryMutation, { id: job.id }, locale);
    setBusy(false);
    if (result.ok) return onRetried(result.data.retryBackgroundJob);
    setStatus({ tone: 'error', text: result.text });
  };
  const time = (iso: string | null | undefined) => (iso ? (locale === 'en' ? formatMomentEn(iso) : formatMoment(iso)) : '—');
  return (
    <li class="manage-item" data-job-state={job.state}>
      <h3>
        {queueWords(w, job.queue)} · {w.states[job.state]}
      </h3>
      <p class="manage-meta">
        <code>{job.data}</code>
      </p>
      <p class="manage-meta">
        {w.created} {time(job.createdAt)} · {w.startAfter} {time(job.startAfter)} · {w.started} {time(job.startedAt)} · {w.finished} {time(job.completedAt)}
      </p>
      {job.retryCount > 0 && <p class="manage-meta">{w.tries(job.retryCount, job.retryLimit)}</p>}
      {job.error && (
        <p class="manage-meta">
          {w.error}: {job.error}
        </p>
      )}
      {job.result && (
        <p class="manage-meta">
          {w.result}: {job.result}
        </p>
      )}
      {job.state === 'FAILED' && (
        <div class="manage-actions">
          <button type="button" class="signup-more" disabled={busy} onClick={() => void retry()}>
            {w.retry}
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
