// 活动 (/manage/activities/): the team's activities, drafts included, soonest first, with what
// each needs: edit or publish a draft, cancel a published one with a reason, move or cancel one
// of its upcoming shifts (ManageShiftChanges), copy any to a new date (a new draft), and a way to
// the public page.
import { useState } from 'preact/hooks';
import type {
  ManageActivitiesQuery,
  ManageActivitiesQueryVariables,
  ManageCancelActivityMutation,
  ManageCancelActivityMutationVariables,
  ManageCancelShiftMutation,
  ManageCancelShiftMutationVariables,
  ManageCopyActivityMutation,
  ManageCopyActivityMutationVariables,
  ManageMoveShiftMutation,
  ManageMoveShiftMutationVariables,
  ManagePublishActivityMutation,
  ManagePublishActivityMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { idempotencyKey } from '../lib/signups';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { ShiftChanges } from './ManageShiftChanges';
import { SHIFT_CHANGE_WORDS } from './words/manage-shift-changes';
import { ACTIVITY_WORDS } from './words/manage-activities';

// Read by codegen like every document; sent with each operation that spreads it.
const activityRow = /* GraphQL */ `
  fragment ActivityRow on Project {
    id
    title
    status
    startsAt
    endsAt
    shifts {
      id
      startsAt
      endsAt
      capacity
      confirmedCount
      waitlistCount
      entrantCount
    }
  }
`;

const listQuery = operation<ManageActivitiesQuery, ManageActivitiesQueryVariables>(
  /* GraphQL */ `
  query ManageActivities($id: ID!) {
    organization(id: $id) {
      id
      projects(first: 100) {
        nodes {
          ...ActivityRow
        }
      }
    }
  }
`,
  activityRow,
);

const publishMutation = operation<ManagePublishActivityMutation, ManagePublishActivityMutationVariables>(
  /* GraphQL */ `
  mutation ManagePublishActivity($id: ID!) {
    publishProject(id: $id) {
      ...ActivityRow
    }
  }
`,
  activityRow,
);

const cancelMutation = operation<ManageCancelActivityMutation, ManageCancelActivityMutationVariables>(
  /* GraphQL */ `
  mutation ManageCancelActivity($id: ID!, $reason: String!) {
    cancelProject(id: $id, reason: $reason) {
      ...ActivityRow
    }
  }
`,
  activityRow,
);

const copyMutation = operation<ManageCopyActivityMutation, ManageCopyActivityMutationVariables>(
  /* GraphQL */ `
  mutation ManageCopyActivity($id: ID!, $startsOn: String!, $key: String) {
    copyProject(id: $id, startsOn: $startsOn, idempotencyKey: $key) {
      ...ActivityRow
    }
  }
`,
  activityRow,
);

const moveShiftMutation = operation<ManageMoveShiftMutation, ManageMoveShiftMutationVariables>(
  /* GraphQL */ `
  mutation ManageMoveShift($input: MoveShiftInput!) {
    moveShift(input: $input) {
      notified
      project {
        ...ActivityRow
      }
    }
  }
`,
  activityRow,
);

const cancelShiftMutation = operation<ManageCancelShiftMutation, ManageCancelShiftMutationVariables>(
  /* GraphQL */ `
  mutation ManageCancelShift($input: CancelShiftInput!) {
    cancelShift(input: $input) {
      notified
      project {
        ...ActivityRow
      }
    }
  }
`,
  activityRow,
);

type Activity = NonNullable<ManageActivitiesQuery['organization']>['projects']['nodes'][number];

export function ManageActivities({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Activities org={org} locale={locale} />}</ManageGate>;
}

function Activities({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = ACTIVITY_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Activity[] | null>> => {
    const result = await request(listQuery, { id: org.id });
    return result.ok ? { ok: true, data: result.data.organization?.projects.nodes ?? null } : result;
  }, locale);
  const editor = (id?: string) =>
    `${localizePath('/manage/activities/edit/', locale)}?org=${encodeURIComponent(org.id)}${id ? `&id=${encodeURIComponent(id)}` : ''}`;
  const replace = (a: Activity) => update((list) => list.map((x) => (x.id === a.id ? a : x)));
  return (
    <ManageSection id="manage-activities" title={w.list} state={state} retry={retry} locale={locale}>
      {(list) => (
        <>
          <p class="manage-actions">
            <a class="form-submit" href={editor()}>
              {w.create}
            </a>
          </p>
          <FormStatus status={note} locale={locale} />
          {list.length ? (
            <ul class="manage-list" data-list="activities">
              {list.map((a) => (
                <ActivityItem
                  key={a.id}
                  activity={a}
                  locale={locale}
                  editHref={editor(a.id)}
                  onChanged={(changed, text) => (replace(changed), setNote({ tone: 'success', text }))}
                  onReplaced={replace}
                  onCopied={(copy, text) => (update((l) => [...l, copy]), setNote({ tone: 'success', text }))}
                />
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

interface ItemProps {
  activity: Activity;
  locale: Locale;
  editHref: string;
  onChanged: (a: Activity, text: string) => void;
  /** The activity changed, and the item says so itself. */
  onReplaced: (a: Activity) => void;
  onCopied: (a: Activity, text: string) => void;
}

function ActivityItem({ activity: a, locale, editHref, onChanged, onReplaced, onCopied }: ItemProps) {
  const w = ACTIVITY_WORDS[locale];
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; startsOn?: string }>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [copyKey] = useState(idempotencyKey);
  const taken = a.shifts.reduce((n, s) => n + s.confirmedCount, 0);
  const capacity = a.shifts.reduce((n, s) => n + s.capacity, 0);
  const run = async <T,>(doing: Promise<{ ok: true; data: T } | { ok: false; text: string; field: string | null }>, done: (data: T) => void) => {
    setBusy(true);
    const result = await doing;
    setBusy(false);
    if (result.ok) return (setStatus(null), done(result.data));
    if (result.field === 'reason' || result.field === 'startsOn') setErrors({ [result.field]: result.text });
    setStatus({ tone: 'error', text: result.text });
  };
  const cancel = () => {
    if (reason.trim().length < 2) return setErrors({ reason: w.needReason });
    void run(send(cancelMutation, { id: a.id, reason }, locale, w.fields), (d) => onChanged(d.cancelProject, w.cancelled(a.title)));
  };
  const copy = () =>
    void run(send(copyMutation, { id: a.id, startsOn: date, key: `${copyKey}-${date}` }, locale, w.fields), (d) => onCopied(d.copyProject, w.copied(a.title)));
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const field = (name: 'reason' | 'startsOn', label: string, input: preact.JSX.Element) => (
    <div class={errors[name] ? 'field field-invalid' : 'field'}>
      <label for={`${name}-${a.id}`}>{label}</label>
      {input}
      <p id={`${name}-${a.id}-error`} class="field-error">
        {errors[name]}
      </p>
    </div>
  );
  return (
    <li class="manage-item island-form" data-activity={a.id} data-status={a.status}>
      <h3>
        {a.title} <span class="manage-badge">{w.statuses[a.status]}</span>
      </h3>
      <p class="manage-meta">
        {span(a.startsAt, a.endsAt)} · {w.shiftsCount(a.shifts.length)} · {w.places(taken, capacity)}
      </p>
      <div class="manage-actions">
        {a.status === 'DRAFT' && (
          <>
            <a class="signup-more" href={editHref}>
              {w.edit}
              <span class="visually-hidden">：{a.title}</span>
            </a>
            <button
              type="button"
              class="form-submit"
              disabled={busy}
              onClick={() => void run(send(publishMutation, { id: a.id }, locale, w.fields), (d) => onChanged(d.publishProject, w.published(a.title)))}
            >
              {w.publish}
              <span class="visually-hidden">：{a.title}</span>
            </button>
          </>
        )}
        {a.status !== 'DRAFT' && (
          <a class="signup-more" href={localizePath(`/projects/${a.id}/`, locale)}>
            {w.view}
          </a>
        )}
      </div>
      <details>
        <summary>{w.copy}</summary>
        {field(
          'startsOn',
          w.copyDate,
          <input
            id={`startsOn-${a.id}`}
            type="date"
            value={date}
            onInput={(e) => (setDate(e.currentTarget.value), setErrors({}))}
            aria-describedby={`startsOn-${a.id}-error`}
          />,
        )}
        <button type="button" class="signup-more" disabled={busy || !date} onClick={copy}>
          {w.copy}
          <span class="visually-hidden">：{a.title}</span>
        </button>
      </details>
      {a.status === 'PUBLISHED' && (
        <ShiftChanges
          shifts={a.shifts}
          locale={locale}
          move={async (input) => {
            const r = await send(moveShiftMutation, { input }, locale, SHIFT_CHANGE_WORDS[locale].fields);
            return r.ok ? { ok: true, data: r.data.moveShift } : r;
          }}
          cancel={async (input) => {
            const r = await send(cancelShiftMutation, { input }, locale, SHIFT_CHANGE_WORDS[locale].fields);
            return r.ok ? { ok: true, data: r.data.cancelShift } : r;
          }}
          onChanged={(changed, text) => (onReplaced(changed), setStatus({ tone: 'success', text }))}
        />
      )}
      {a.status === 'PUBLISHED' && (
        <details>
          <summary>{w.cancel}</summary>
          {field(
            'reason',
            w.cancelReason,
            <input
              id={`reason-${a.id}`}
              value={reason}
              maxLength={500}
              onInput={(e) => (setReason(e.currentTarget.value), setErrors({}))}
              aria-describedby={`reason-${a.id}-error`}
            />,
          )}
          <button type="button" class="signup-more" disabled={busy} onClick={cancel}>
            {w.cancel}
            <span class="visually-hidden">：{a.title}</span>
          </button>
        </details>
      )}
      <FormStatus status={status} locale={locale} />
    </li>
  );
}
