// One team's partner API keys (the staff's /admin/keys/ and the team ADMIN's /manage/keys/): the
// keys with their scopes, creation, last use and state; issuing one (its secret shown this once,
// with a copy button); revoking one after a confirmation.
import { useRef, useState } from 'preact/hooks';
import type {
  IssuePartnerKeyMutation,
  IssuePartnerKeyMutationVariables,
  PartnerKeysQuery,
  PartnerKeysQueryVariables,
  RevokeTeamKeyMutation,
  RevokeTeamKeyMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { SecretShownOnce } from './SecretShownOnce';
import { KEY_WORDS } from './words/admin-keys';
import './admin.css';

const keyRow = /* GraphQL */ `
  fragment KeyRow on PartnerKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
  }
`;

const keysQuery = operation<PartnerKeysQuery, PartnerKeysQueryVariables>(
  /* GraphQL */ `
  query PartnerKeys($id: ID!) {
    organization(id: $id) {
      id
      partnerKeys(first: 100) {
        nodes {
          ...KeyRow
        }
      }
    }
  }
`,
  keyRow,
);

const issueMutation = operation<IssuePartnerKeyMutation, IssuePartnerKeyMutationVariables>(
  /* GraphQL */ `
  mutation IssuePartnerKey($input: CreatePartnerKeyInput!) {
    createPartnerKey(input: $input) {
      secret
      key {
        ...KeyRow
      }
    }
  }
`,
  keyRow,
);

const revokeMutation = operation<RevokeTeamKeyMutation, RevokeTeamKeyMutationVariables>(
  /* GraphQL */ `
  mutation RevokeTeamKey($id: ID!) {
    revokePartnerKey(id: $id) {
      ...KeyRow
    }
  }
`,
  keyRow,
);

/** What a team may grant a new key (every key reads public data). */
const GRANTABLE = ['PUBLISH', 'ROSTER', 'RECORD_HOURS', 'REQUEST'] as const;
type GrantableScope = (typeof GRANTABLE)[number];

type Key = NonNullable<NonNullable<PartnerKeysQuery['organization']>['partnerKeys']>['nodes'][number];

interface Props {
  team: { id: string; name: string; status: string };
  locale: Locale;
}

export function PartnerKeys({ team, locale }: Props) {
  const w = KEY_WORDS[locale];
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Key[] | null>> => {
    const result = await request(keysQuery, { id: team.id });
    return result.ok ? { ok: true, data: result.data.organization?.partnerKeys?.nodes ?? null } : result;
  }, locale);
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const replace = (key: Key) => update((keys) => (keys.some((k) => k.id === key.id) ? keys.map((k) => (k.id === key.id ? key : k)) : [...keys, key]));
  return (
    <>
      <ManageSection id={`keys-${team.id}`} title={w.keysOf(team.name)} state={state} retry={retry} locale={locale}>
        {(keys) => (
          <>
            <FormStatus status={note} locale={locale} />
            {keys.length ? (
              <ul class="manage-list">
                {keys.map((k) => (
                  <li key={k.id} class="manage-item" data-key={k.id} data-state={k.revokedAt ? 'revoked' : 'live'}>
                    <h3>
                      {k.name} <code>{k.prefix}…</code>
                    </h3>
                    <p class="manage-meta">
                      <span class="manage-badge">{k.revokedAt ? w.revoked : w.live}</span> {k.scopes.map((s) => w.scopes[s]).join('、')}
                    </p>
                    <p class="manage-meta">
                      {w.created} {moment(k.createdAt)} · {w.lastUsed} {k.lastUsedAt ? moment(k.lastUsedAt) : w.neverUsed}
                      {k.revokedAt && ` · ${w.revokedAt} ${moment(k.revokedAt)}`}
                    </p>
                    {!k.revokedAt && (
                      <Revoke keyRow={k} locale={locale} onRevoked={(key) => (replace(key), setNote({ tone: 'success', text: w.revokedOne(key.name) }))} />
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.none}</p>
            )}
          </>
        )}
      </ManageSection>
      {team.status === 'APPROVED' ? <Issue team={team} locale={locale} onIssued={replace} /> : <p class="account-card">{w.notApproved}</p>}
    </>
  );
}

function Revoke({ keyRow: k, locale, onRevoked }: { keyRow: Key; locale: Locale; onRevoked: (key: Key) => void }) {
  const w = KEY_WORDS[locale];
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    const result = await send(revokeMutation, { id: k.id }, locale, w.fields);
    setBusy(false);
    if (result.ok) return onRevoked(result.data.revokePartnerKey);
    setStatus({ tone: 'error', text: result.text });
  };
  return (
    <>
      {asking ? (
        <div class="manage-actions" role="group" aria-label={w.revoke}>
          <p>{w.confirmRevoke(k.name)}</p>
          <button type="button" class="form-submit" disabled={busy} onClick={() => void revoke()}>
            {w.confirm}
          </button>
          <button type="button" class="signup-more" onClick={() => setAsking(false)}>
            {w.cancel}
          </button>
        </div>
      ) : (
        <div class="manage-actions">
          <button type="button" class="signup-more" onClick={() => setAsking(true)}>
            {w.revoke}
            <span class="visually-hidden">：{k.name}</span>
          </button>
        </div>
      )}
      <FormStatus status={status} locale={locale} />
    </>
  );
}

function Issue({ team, locale, onIssued }: { team: Props['team']; locale: Locale; onIssued: (key: Key) => void }) {
  const w = KEY_WORDS[locale];
  const [name, setName] = useState('');
  const [granted, setGranted] = useState<GrantableScope[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.issuing });
    const input = { organizationId: team.id, name, scopes: granted };
    const result = await send(issueMutation, { input }, locale, w.fields);
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'name') {
        setError(result.text);
        nameInput.current?.focus();
      }
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus(null);
    setName('');
    setGranted([]);
    setSecret(result.data.createPartnerKey.secret);
    onIssued(result.data.createPartnerKey.key);
  };
  const id = `key-name-${team.id}`;
  return (
    <section class="account-card manage-section" aria-labelledby={`issue-${team.id}`}>
      <h2 id={`issue-${team.id}`}>{w.issue}</h2>
      {secret && <SecretShownOnce id={`secret-${team.id}`} secret={secret} w={w} locale={locale} onDone={() => setSecret(null)} />}
      <form class="island-form" onSubmit={(e) => void submit(e)}>
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for={id}>{w.name}</label>
          <input
            id={id}
            ref={nameInput}
            maxLength={60}
            value={name}
            onInput={(e) => (setName(e.currentTarget.value), setError(null))}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
          />
          <p id={`${id}-hint`} class="field-hint">
            {w.nameHint}
          </p>
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        </div>
        <fieldset class="manage-scopes">
          <legend>{w.grant}</legend>
          {GRANTABLE.map((scope) => (
            <label key={scope} class="manage-check">
              <input
                type="checkbox"
                name="scope"
                value={scope}
                checked={granted.includes(scope)}
                onChange={(e) => setGranted(e.currentTarget.checked ? [...granted, scope] : granted.filter((s) => s !== scope))}
              />{' '}
              {w.allow[scope]}
            </label>
          ))}
          <p class="field-hint">{w.grantHint}</p>
        </fieldset>
        <button type="submit" class="form-submit" disabled={busy}>
          {w.issue}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
