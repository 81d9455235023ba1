// 群发通知 (/manage/broadcasts/): a team's COORDINATOR or ADMIN writes to every member or to the
// volunteers of one of its shifts, sees the message as recipients will and how many it reaches
// before sending, and reads back each sent message's report (sent to, read by).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type {
  ManageBroadcastAudienceQuery,
  ManageBroadcastAudienceQueryVariables,
  ManageBroadcastLineFragment,
  ManageBroadcastsQuery,
  ManageBroadcastsQueryVariables,
  ManageSendBroadcastMutation,
  ManageSendBroadcastMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatMoment, formatTimeSpan } from '../lib/format';
import { formatMomentEn, formatTimeSpanEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded, useLoadedPages, type Paged } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { teamShiftsQuery } from '../lib/team-shifts';
import { send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { BROADCAST_WORDS, type BroadcastWords } from './words/manage-broadcasts';

const broadcastLine = /* GraphQL */ `
  fragment ManageBroadcastLine on Broadcast {
    id
    audience
    title
    body
    recipientCount
    readCount
    createdAt
    shift {
      id
      startsAt
      endsAt
      project {
        title
      }
    }
  }
`;

const audienceQuery = operation<ManageBroadcastAudienceQuery, ManageBroadcastAudienceQueryVariables>(/* GraphQL */ `
  query ManageBroadcastAudience($organizationId: ID!, $shiftId: ID) {
    broadcastAudience(organizationId: $organizationId, shiftId: $shiftId)
  }
`);

const historyQuery = operation<ManageBroadcastsQuery, ManageBroadcastsQueryVariables>(
  /* GraphQL */ `
    query ManageBroadcasts($id: ID!, $after: String) {
      node(id: $id) {
        ... on Organization {
          broadcasts(first: 20, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...ManageBroadcastLine
            }
          }
        }
      }
    }
  `,
  broadcastLine,
);

const sendMutation = operation<ManageSendBroadcastMutation, ManageSendBroadcastMutationVariables>(
  /* GraphQL */ `
    mutation ManageSendBroadcast($input: SendBroadcastInput!) {
      sendBroadcast(input: $input) {
        ...ManageBroadcastLine
      }
    }
  `,
  broadcastLine,
);

type ShiftChoice = { id: string; label: string };
const DAY_MS = 86_400_000;

export function ManageBroadcasts({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Broadcasts org={org} locale={locale} />}</ManageGate>;
}

function Broadcasts({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = BROADCAST_WORDS[locale];
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const shifts = useLoaded(async (): Promise<ApiResult<ShiftChoice[] | null>> => {
    const result = await request(teamShiftsQuery, { filter: { organizationId: org.id, startsAfter: new Date(Date.now() - DAY_MS).toISOString() } });
    if (!result.ok) return result;
    const choices = result.data.projects.nodes
      .filter((p) => p.status === 'PUBLISHED')
      .flatMap((p) =>
        p.shifts
          .filter((s) => Date.parse(s.endsAt) > Date.now() - DAY_MS)
          .map((s) => ({ id: s.id, startsAt: s.startsAt, label: `${p.title} · ${span(s.startsAt, s.endsAt)}` })),
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map(({ id, label }) => ({ id, label }));
    return { ok: true, data: choices };
  }, locale);
  const history = useLoadedPages(async (after: string | null): Promise<ApiResult<Paged<ManageBroadcastLineFragment> | null>> => {
    const result = await request(historyQuery, { id: org.id, after });
    if (!result.ok) return result;
    const page = result.data.node && 'broadcasts' in result.data.node ? result.data.node.broadcasts : null;
    return { ok: true, data: page ? { nodes: page.nodes, next: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null } : null };
  }, locale);
  const sent = (b: ManageBroadcastLineFragment) => history.update((d) => ({ ...d, nodes: [b, ...d.nodes] }));

  return (
    <>
      <ManageSection id="broadcast-write" title={w.writeTitle} note={w.writeNote} state={shifts.state} retry={shifts.retry} locale={locale}>
        {(choices) => <Composer org={org} choices={choices} w={w} locale={locale} onSent={sent} />}
      </ManageSection>
      <ManageSection id="broadcast-history" title={w.historyTitle} note={w.historyNote} state={history.state} retry={history.retry} locale={locale}>
        {(page) => (
          <>
            <FormStatus status={history.failure ? { tone: 'error', text: history.failure } : null} locale={locale} />
            {page.nodes.length ? (
              <ul class="manage-list">
                {page.nodes.map((b) => (
                  <li class="manage-item" key={b.id} data-broadcast={b.id}>
                    <h3>{b.title}</h3>
                    <p class="broadcast-body">{b.body}</p>
                    <p class="manage-meta">
                      {b.shift ? `${w.toShift}：${b.shift.project.title} · ${span(b.shift.startsAt, b.shift.endsAt)}` : w.toMembers} ·{' '}
                      {locale === 'en' ? formatMomentEn(b.createdAt) : formatMoment(b.createdAt)}
                    </p>
                    <p class="manage-meta" data-report>
                      {w.report(b.recipientCount, b.readCount)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.none}</p>
            )}
            {page.next && (
              <button type="button" class="signup-more" disabled={history.busy} onClick={() => void history.more()}>
                {w.more}
              </button>
            )}
          </>
        )}
      </ManageSection>
    </>
  );
}

function Composer({
  org,
  choices,
  w,
  locale,
  onSent,
}: {
  org: ManagedOrganization;
  choices: ShiftChoice[];
  w: BroadcastWords;
  locale: Locale;
  onSent: (b: ManageBroadcastLineFragment) => void;
}) {
  const [shiftId, setShiftId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ title?: string; body?: string }>({});
  const [reach, setReach] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // One key per message being written: a retry after a lost answer sends it once.
  const [key, setKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    setReach(null);
    let current = true;
    void request(audienceQuery, { organizationId: org.id, shiftId: shiftId || null }).then((result) => {
      if (current && result.ok) setReach(result.data.broadcastAudience);
    });
    return () => void (current = false);
  }, [org.id, shiftId]);

  const trimmed = useMemo(() => ({ title: title.trim(), body: body.trim() }), [title, body]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = {
      title: trimmed.title.length < 2 ? w.needTitle : undefined,
      body: trimmed.body.length < 2 ? w.needBody : undefined,
    };
    setErrors(problems);
    if (problems.title || problems.body) return setStatus(null);
    if (!reach) return setStatus({ tone: 'error', text: w.nobody });
    setBusy(true);
    const result = await send(
      sendMutation,
      { input: { organizationId: org.id, shiftId: shiftId || null, title: trimmed.title, body: trimmed.body, idempotencyKey: key } },
      locale,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'title' || result.field === 'body') setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    onSent(result.data.sendBroadcast);
    setStatus({ tone: 'success', text: w.sent(result.data.sendBroadcast.recipientCount) });
    setTitle('');
    setBody('');
    setKey(crypto.randomUUID());
  };

  return (
    <form class="island-form broadcast-form" onSubmit={(e) => void submit(e)} noValidate>
      <div class="field">
        <label for="broadcast-audience">{w.audience}</label>
        <select id="broadcast-audience" value={shiftId} onChange={(e) => setShiftId(e.currentTarget.value)}>
          <option value="">{w.members}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {w.shiftOf(c.label)}
            </option>
          ))}
        </select>
      </div>
      <Field name="broadcast-title" label={w.title} hint={w.titleHint} value={title} onValue={setTitle} error={errors.title} maxLength={60} locale={locale} />
      <div class={errors.body ? 'field field-invalid' : 'field'}>
        <label for="field-broadcast-body">{w.body}</label>
        <p id="field-broadcast-body-hint" class="field-hint">
          {w.bodyHint}
        </p>
        <textarea
          id="field-broadcast-body"
          rows={5}
          maxLength={1000}
          value={body}
          onInput={(e) => setBody(e.currentTarget.value)}
          aria-invalid={errors.body ? 'true' : undefined}
          aria-describedby="field-broadcast-body-hint field-broadcast-body-error"
        />
        <p id="field-broadcast-body-error" class="field-error">
          {errors.body}
        </p>
      </div>
      <section class="broadcast-preview" aria-labelledby="broadcast-preview-title">
        <h3 id="broadcast-preview-title">{w.preview}</h3>
        {trimmed.title || trimmed.body ? (
          <div class="broadcast-message">
            <p class="broadcast-from">{org.name}</p>
            <p class="broadcast-title">{trimmed.title}</p>
            <p class="broadcast-body">{trimmed.body}</p>
          </div>
        ) : (
          <p class="account-empty">{w.previewEmpty}</p>
        )}
        <p class="manage-meta" data-reach={reach ?? ''}>
          {reach === null ? w.counting : w.reaches(reach)}
        </p>
      </section>
      <div class="manage-actions">
        <button type="submit" class="form-submit" disabled={busy || reach === null}>
          {w.send(reach ?? 0)}
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
