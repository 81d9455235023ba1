// 代办应用 (/admin/apps/): platform staff register the apps that may act for volunteers who
// consent (OAuth), with the addresses volunteers are sent back to and the most each may ask for;
// the client_id to give the app's developers; disabling an app ends every access it holds.
import { useState } from 'preact/hooks';
import type {
  AppScope,
  DisableAppMutation,
  DisableAppMutationVariables,
  OAuthAppsQuery,
  OAuthAppsQueryVariables,
  RegisterAppMutation,
  RegisterAppMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { APP_WORDS } from './words/apps';
import './admin.css';
import './apps.css';

const appRow = /* GraphQL */ `
  fragment AppRow on OAuthApp {
    id
    name
    homepageUrl
    redirectUris
    scopes
    createdAt
    disabledAt
  }
`;

const appsQuery = operation<OAuthAppsQuery, OAuthAppsQueryVariables>(
  /* GraphQL */ `
  query OAuthApps {
    oauthApps(first: 100) {
      nodes {
        ...AppRow
      }
    }
  }
`,
  appRow,
);

const registerMutation = operation<RegisterAppMutation, RegisterAppMutationVariables>(
  /* GraphQL */ `
  mutation RegisterApp($input: RegisterAppInput!) {
    registerApp(input: $input) {
      ...AppRow
    }
  }
`,
  appRow,
);

const disableMutation = operation<DisableAppMutation, DisableAppMutationVariables>(
  /* GraphQL */ `
  mutation DisableApp($id: ID!) {
    disableApp(id: $id) {
      ...AppRow
    }
  }
`,
  appRow,
);

const SCOPES: AppScope[] = ['PROFILE', 'SIGNUPS', 'HOURS'];

type App = OAuthAppsQuery['oauthApps']['nodes'][number];

export function AdminApps({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Apps locale={locale} />}</AdminGate>;
}

function Apps({ locale }: { locale: Locale }) {
  const w = APP_WORDS[locale];
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const [note, setNote] = useState<Status>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<App[] | null>> => {
    const result = await request(appsQuery, {});
    return result.ok ? { ok: true, data: result.data.oauthApps.nodes } : result;
  }, locale);
  const replace = (app: App) => update((apps) => (apps.some((a) => a.id === app.id) ? apps.map((a) => (a.id === app.id ? app : a)) : [...apps, app]));
  const disable = async (app: App) => {
    const result = await send(disableMutation, { id: app.id }, locale);
    if (!result.ok) return setNote({ tone: 'error', text: result.text });
    replace(result.data.disableApp);
    setNote({ tone: 'success', text: w.admin.disabledNow(app.name) });
  };
  return (
    <>
      <Register locale={locale} onRegistered={(app) => (replace(app), setNote({ tone: 'success', text: w.admin.registered(app.name) }))} />
      <ManageSection id="oauth-apps" title={w.admin.list} note={w.admin.endpoints} state={state} retry={retry} locale={locale}>
        {(apps) => (
          <>
            <FormStatus status={note} locale={locale} />
            {apps.length ? (
              <ul class="manage-list">
                {apps.map((app) => (
                  <li key={app.id} class="manage-item" data-app={app.id} data-state={app.disabledAt ? 'disabled' : 'live'}>
                    <h3 lang="zh-CN">{app.name}</h3>
                    <p class="manage-meta">
                      {w.admin.clientId}: <code data-client-id>{app.id}</code>
                    </p>
                    <p class="manage-meta">{app.scopes.map((s) => w.scopes[s]).join(w.separator)}</p>
                    <p class="manage-meta">
                      {app.redirectUris.map((uri) => (
                        <code key={uri} class="app-uri">
                          {uri}{' '}
                        </code>
                      ))}
                    </p>
                    <p class="manage-meta">
                      {moment(app.createdAt)}
                      {app.disabledAt && ` · ${w.admin.disabled} ${moment(app.disabledAt)}`}
                    </p>
                    {!app.disabledAt && (
                      <div class="manage-actions">
                        <button type="button" class="signup-more" onClick={() => void disable(app)}>
                          {w.admin.disable(app.name)}
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="account-empty">{w.admin.none}</p>
            )}
          </>
        )}
      </ManageSection>
    </>
  );
}

function Register({ locale, onRegistered }: { locale: Locale; onRegistered: (app: App) => void }) {
  const w = APP_WORDS[locale];
  const [name, setName] = useState('');
  const [homepage, setHomepage] = useState('');
  const [uris, setUris] = useState('');
  const [scopes, setScopes] = useState<AppScope[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const input = {
      name,
      homepageUrl: homepage.trim() || null,
      redirectUris: uris
        .split('\n')
        .map((u) => u.trim())
        .filter(Boolean),
      scopes,
    };
    const result = await send(registerMutation, { input }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus(null);
    setName('');
    setHomepage('');
    setUris('');
    setScopes([]);
    onRegistered(result.data.registerApp);
  };
  return (
    <section class="account-card manage-section" aria-labelledby="register-app">
      <h2 id="register-app">{w.admin.register}</h2>
      <form class="island-form" onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="app-name">{w.admin.name}</label>
          <input id="app-name" maxLength={60} required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="app-homepage">{w.admin.homepage}</label>
          <input id="app-homepage" type="url" maxLength={300} value={homepage} onInput={(e) => setHomepage(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="app-uris">{w.admin.redirectUris}</label>
          <textarea id="app-uris" rows={3} required value={uris} onInput={(e) => setUris(e.currentTarget.value)} aria-describedby="app-uris-hint" />
          <p id="app-uris-hint" class="field-hint">
            {w.admin.redirectHint}
          </p>
        </div>
        <fieldset class="manage-scopes">
          <legend>{w.admin.scopes}</legend>
          {SCOPES.map((scope) => (
            <label key={scope} class="manage-check">
              <input
                type="checkbox"
                name="scope"
                value={scope}
                checked={scopes.includes(scope)}
                onChange={(e) => setScopes(e.currentTarget.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              />{' '}
              {w.scopes[scope]}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="form-submit" disabled={busy}>
          {w.admin.submit}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
