// Webhook (/manage/webhooks/): a team's ADMINs add the endpoints of its partner apps with the
// events each receives (the signing secret shown once, with a copy button), see each endpoint's
// state and its recent deliveries with the partner's answers, send a test event, redeliver,
// enable a disabled endpoint again and delete one after a confirmation. A COORDINATOR is told why not.
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  CreateTeamWebhookMutation,
  CreateTeamWebhookMutationVariables,
  DeleteTeamWebhookMutation,
  DeleteTeamWebhookMutationVariables,
  EnableTeamWebhookMutation,
  EnableTeamWebhookMutationVariables,
  PingTeamWebhookMutation,
  PingTeamWebhookMutationVariables,
  RedeliverTeamWebhookDeliveryMutation,
  RedeliverTeamWebhookDeliveryMutationVariables,
  TeamWebhookRowFragment,
  TeamWebhooksQuery,
  TeamWebhooksQueryVariables,
  WebhookDeliveryLogQuery,
  WebhookDeliveryLogQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { SecretShownOnce } from './SecretShownOnce';
import { WEBHOOK_EVENT_NAMES, WEBHOOK_WORDS, type WebhookWords } from './words/manage-webhooks';
import './admin.css';
import './manage-webhooks.css';

const webhookRow = /* GraphQL */ `
  fragment TeamWebhookRow on Webhook {
    id
    url
    events
    active
    disabledAt
    failureCount
    lastDeliveredAt
    createdAt
  }
`;

const webhooksQuery = operation<TeamWebhooksQuery, TeamWebhooksQueryVariables>(
  /* GraphQL */ `
    query TeamWebhooks($organizationId: ID!) {
      webhooks(organizationId: $organizationId, first: 20) {
        nodes {
          ...TeamWebhookRow
        }
      }
    }
  `,
  webhookRow,
);

const logQuery = operation<WebhookDeliveryLogQuery, WebhookDeliveryLogQueryVariables>(/* GraphQL */ `
  query WebhookDeliveryLog($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 10) {
      nodes {
        id
        event
        status
        attempts
        responseStatus
        error
        createdAt
        nextAttemptAt
        deliveredAt
      }
    }
  }
`);

const createMutation = operation<CreateTeamWebhookMutation, CreateTeamWebhookMutationVariables>(
  /* GraphQL */ `
    mutation CreateTeamWebhook($input: CreateWebhookInput!) {
      createWebhook(input: $input) {
        secret
        webhook {
          ...TeamWebhookRow
        }
      }
    }
  `,
  webhookRow,
);

const pingMutation = operation<PingTeamWebhookMutation, PingTeamWebhookMutationVariables>(/* GraphQL */ `
  mutation PingTeamWebhook($id: ID!) {
    pingWebhook(id: $id) {
      id
    }
  }
`);

const enableMutation = operation<EnableTeamWebhookMutation, EnableTeamWebhookMutationVariables>(
  /* GraphQL */ `
    mutation EnableTeamWebhook($id: ID!) {
      enableWebhook(id: $id) {
        ...TeamWebhookRow
      }
    }
  `,
  webhookRow,
);

const deleteMutation = operation<DeleteTeamWebhookMutation, DeleteTeamWebhookMutationVariables>(/* GraphQL */ `
  mutation DeleteTeamWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

const redeliverMutation = operation<RedeliverTeamWebhookDeliveryMutation, RedeliverTeamWebhookDeliveryMutationVariables>(/* GraphQL */ `
  mutation RedeliverTeamWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) {
      id
    }
  }
`);

type Hook = TeamWebhookRowFragment;
type Delivery = WebhookDeliveryLogQuery['webhookDeliveries']['nodes'][number];

/** While deliveries are under way, the log looks again this often, this many times at most. */
const LOG_POLL_MS = 2_000;
const LOG_POLLS = 20;

export function ManageWebhooks({ locale }: { locale: Locale }) {
  return (
    <ManageGate locale={locale}>
      {(org) =>
        org.role === 'ADMIN' ? (
          <Webhooks team={org} locale={locale} />
        ) : (
          <section class="account-card" data-state="not-admin">
            <p>{WEBHOOK_WORDS[locale].notAdmin}</p>
          </section>
        )
      }
    </ManageGate>
  );
}

function Webhooks({ team, locale }: { team: ManagedOrganization; locale: Locale }) {
  const w = WEBHOOK_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Hook[] | null>> => {
    const result = await request(webhooksQuery, { organizationId: team.id });
    return result.ok ? { ok: true, data: result.data.webhooks.nodes } : result;
  }, locale);
  const replace = (hook: Hook) => update((hooks) => (hooks.some((h) => h.id === hook.id) ? hooks.map((h) => (h.id === hook.id ? hook : h)) : [...hooks, hook]));
  const removed = (hook: Hook) => {
    update((hooks) => hooks.filter((h) => h.id !== hook.id));
    setNote({ tone: 'success', text: w.removed(hook.url) });
  };
  return (
    <>
      <ManageSection id={`webhooks-${team.id}`} title={w.listTitle(team.name)} note={w.note} state={state} retry={retry} locale={locale}>
        {(hooks) => (
          <>
            <FormStatus status={note} locale={locale} />
            {hooks.length ? (
              <ul class="manage-list">
                {hooks.map((h) => (
                  <WebhookItem key={h.id} hook={h} w={w} locale={locale} onChanged={replace} onRemoved={removed} />
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.none}</p>
            )}
          </>
        )}
      </ManageSection>
      <Create team={team} w={w} locale={locale} onCreated={replace} />
    </>
  );
}

function WebhookItem({
  hook,
  w,
  locale,
  onChanged,
  onRemoved,
}: {
  hook: Hook;
  w: WebhookWords;
  locale: Locale;
  onChanged: (hook: Hook) => void;
  onRemoved: (hook: Hook) => void;
}) {
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // Bumped after an action, so the log reads itself again (and follows the attempts under way).
  const [logVersion, setLogVersion] = useState(0);
  const act = async <T,>(run: () => Promise<{ ok: true; data: T } | { ok: false; text: string }>, done: (data: T) => string) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: done(result.data) });
    setLogVersion((v) => v + 1);
  };
  const ping = () =>
    act(
      () => send(pingMutation, { id: hook.id }, locale, w.fields),
      () => w.pinged,
    );
  const enable = () =>
    act(
      () => send(enableMutation, { id: hook.id }, locale, w.fields),
      (data) => (onChanged(data.enableWebhook), w.enabled),
    );
  const remove = async () => {
    setBusy(true);
    const result = await send(deleteMutation, { id: hook.id }, locale, w.fields);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onRemoved(hook);
  };
  const titleId = `webhook-${hook.id}`;
  return (
    <li class="manage-item" data-webhook={hook.id} data-state={hook.active ? 'active' : 'disabled'}>
      <h3 id={titleId} class="webhook-url">
        {hook.url}
        <span class="manage-badge">{hook.active ? w.active : w.disabled}</span>
      </h3>
      <p class="manage-meta">{hook.events.map((e) => w.events[e] ?? e).join('、')}</p>
      <p class="manage-meta">
        {w.created} {moment(hook.createdAt)} · {hook.lastDeliveredAt ? `${w.lastDelivered} ${moment(hook.lastDeliveredAt)}` : w.neverDelivered}
        {hook.active && hook.failureCount > 0 && ` · ${w.failing(hook.failureCount)}`}
      </p>
      {hook.disabledAt && <p class="account-note">{w.disabledNote(moment(hook.disabledAt))}</p>}
      {asking ? (
        <div class="manage-actions" role="group" aria-label={w.remove}>
          <p>{w.confirmRemove(hook.url)}</p>
          <button type="button" class="form-submit" disabled={busy} onClick={() => void remove()}>
            {w.confirm}
          </button>
          <button type="button" class="signup-more" onClick={() => setAsking(false)}>
            {w.cancel}
          </button>
        </div>
      ) : (
        <div class="manage-actions">
          {hook.active ? (
            <button type="button" class="signup-more" disabled={busy} onClick={() => void ping()}>
              {w.ping}
            </button>
          ) : (
            <button type="button" class="form-submit" disabled={busy} onClick={() => void enable()}>
              {w.enable}
            </button>
          )}
          <button type="button" class="signup-more" onClick={() => setAsking(true)}>
            {w.remove}
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
      <DeliveryLog
        hook={hook}
        version={logVersion}
        w={w}
        locale={locale}
        onRedelivered={() => setLogVersion((v) => v + 1)}
        onDelivered={(at) => onChanged({ ...hook, lastDeliveredAt: at })}
      />
    </li>
  );
}

function DeliveryLog({
  hook,
  version,
  w,
  locale,
  onRedelivered,
  onDelivered,
}: {
  hook: Hook;
  version: number;
  w: WebhookWords;
  locale: Locale;
  onRedelivered: () => void;
  /** A delivery newer than the endpoint's last one as the page read it. */
  onDelivered: (at: string) => void;
}) {
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = async (polls: number) => {
    const result = await request(logQuery, { webhookId: hook.id });
    if (!result.ok) return setFailure(await failureText(result, locale));
    setFailure(null);
    const nodes = result.data.webhookDeliveries.nodes;
    setDeliveries(nodes);
    const latest = nodes.reduce<string | null>((at, d) => (d.deliveredAt && (!at || d.deliveredAt > at) ? d.deliveredAt : at), null);
    if (latest && (!hook.lastDeliveredAt || Date.parse(latest) > Date.parse(hook.lastDeliveredAt))) onDelivered(latest);
    // Follow attempts due soon (a test event, a redelivery, a retry a minute away).
    const soon = nodes.some((d) => d.status === 'PENDING' && (!d.nextAttemptAt || Date.parse(d.nextAttemptAt) < Date.now() + 60_000));
    if (soon && polls > 0) timer.current = setTimeout(() => void load(polls - 1), LOG_POLL_MS);
  };
  useEffect(() => {
    void load(LOG_POLLS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [version]);

  const redeliver = async (d: Delivery) => {
    const result = await send(redeliverMutation, { id: d.id }, locale, w.fields);
    setStatus(result.ok ? { tone: 'success', text: w.redelivered } : { tone: 'error', text: result.text });
    if (result.ok) onRedelivered();
  };
  const headingId = `webhook-log-${hook.id}`;
  return (
    <section class="webhook-log" aria-labelledby={headingId}>
      <div class="webhook-log-head">
        <h4 id={headingId}>{w.log}</h4>
        <button type="button" class="signup-more" onClick={() => void load(LOG_POLLS)}>
          {w.refresh}
        </button>
      </div>
      {failure && (
        <p class="account-message" data-tone="error" role="alert">
          {failure}
        </p>
      )}
      {deliveries && !deliveries.length && <p class="account-empty">{w.logNone}</p>}
      {deliveries && deliveries.length > 0 && (
        <ul class="webhook-deliveries">
          {deliveries.map((d) => (
            <li key={d.id} data-delivery={d.id} data-status={d.status}>
              <p>
                <strong>{w.events[d.event] ?? d.event}</strong> <code>{d.event}</code>
                <span class="manage-badge">{d.status === 'PENDING' && d.attempts === 0 ? w.queued : w.status[d.status]}</span>
              </p>
              <p class="manage-meta">
                {moment(d.createdAt)}
                {d.attempts > 0 && (
                  <>
                    {' '}
                    · <span data-answer>{w.answer(d.responseStatus ?? null)}</span> · {w.attempts(d.attempts)}
                  </>
                )}
                {d.status === 'PENDING' && d.attempts > 0 && d.nextAttemptAt && ` · ${w.nextAttempt(moment(d.nextAttemptAt))}`}
              </p>
              {d.error && <p class="manage-meta webhook-error">{d.error}</p>}
              {hook.active && (d.status !== 'PENDING' || d.attempts > 0) && (
                <button type="button" class="signup-more" onClick={() => void redeliver(d)}>
                  {w.redeliver}
                  <span class="visually-hidden">：{d.id}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormStatus status={status} locale={locale} />
    </section>
  );
}

function Create({ team, w, locale, onCreated }: { team: ManagedOrganization; w: WebhookWords; locale: Locale; onCreated: (hook: Hook) => void }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ url?: string; events?: string }>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const toggle = (event: string, on: boolean) => {
    setEvents((old) => (on ? [...old, event] : old.filter((e) => e !== event)));
    setErrors((e) => ({ ...e, events: undefined }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!events.length) return setErrors({ events: w.needEvents });
    setBusy(true);
    setStatus({ tone: 'info', text: w.creating });
    const result = await send(createMutation, { input: { organizationId: team.id, url: url.trim(), events } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'url' || result.field === 'events') setErrors({ [result.field]: result.text });
      if (result.field === 'url') urlInput.current?.focus();
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus(null);
    setUrl('');
    setEvents([]);
    setSecret(result.data.createWebhook.secret);
    onCreated(result.data.createWebhook.webhook);
  };
  return (
    <section class="account-card manage-section" aria-labelledby={`create-webhook-${team.id}`}>
      <h2 id={`create-webhook-${team.id}`}>{w.create}</h2>
      {secret && <SecretShownOnce id={`webhook-secret-${team.id}`} secret={secret} w={w} locale={locale} onDone={() => setSecret(null)} />}
      <form class="island-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          name="webhook-url"
          label={w.url}
          hint={w.urlHint}
          value={url}
          onValue={(v) => (setUrl(v), setErrors((e) => ({ ...e, url: undefined })))}
          error={errors.url}
          maxLength={2000}
          autoComplete="off"
          inputRef={urlInput}
          locale={locale}
        />
        <fieldset class={errors.events ? 'field field-invalid' : 'field'} aria-describedby="webhook-events-error">
          <legend>{w.chooseEvents}</legend>
          {WEBHOOK_EVENT_NAMES.map((event) => (
            <label key={event} class="manage-check">
              <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.currentTarget.checked)} />
              {w.events[event]} <code>{event}</code>
            </label>
          ))}
          <p id="webhook-events-error" class="field-error">
            {errors.events}
          </p>
        </fieldset>
        <button type="submit" class="form-submit" disabled={busy}>
          {w.create}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
