// 已授权的应用 (/account/): the apps the volunteer allowed to act for them (OAuth), what each may
// do, when it was allowed and last used; disconnecting one ends its access at once.
import { useState } from 'preact/hooks';
import type { ConnectedAppsQuery, ConnectedAppsQueryVariables, DisconnectAppMutation, DisconnectAppMutationVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { useSignedIn } from '../lib/signed-in';
import { FormStatus, type Status } from './FormStatus';
import { ManageSection } from './ManageSection';
import { APP_WORDS } from './words/apps';
import './forms.css';
import './apps.css';

const appsQuery = operation<ConnectedAppsQuery, ConnectedAppsQueryVariables>(/* GraphQL */ `
  query ConnectedApps {
    me {
      id
      connectedApps {
        id
        appName
        homepageUrl
        scopes
        createdAt
        lastUsedAt
      }
    }
  }
`);

const disconnectMutation = operation<DisconnectAppMutation, DisconnectAppMutationVariables>(/* GraphQL */ `
  mutation DisconnectApp($id: ID!) {
    disconnectApp(id: $id)
  }
`);

type App = NonNullable<NonNullable<ConnectedAppsQuery['me']>['connectedApps']>[number];

/** Shown to a signed-in volunteer only (MyAccount offers the way to sign in). */
export function ConnectedApps({ locale }: { locale: Locale }) {
  return useSignedIn() ? <Apps locale={locale} /> : null;
}

function Apps({ locale }: { locale: Locale }) {
  const w = APP_WORDS[locale];
  const date = locale === 'en' ? formatDateEn : formatDate;
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<App[] | null>> => {
    const result = await request(appsQuery, {});
    return result.ok ? { ok: true, data: result.data.me?.connectedApps ?? null } : result;
  }, locale);

  const disconnect = async (app: App) => {
    setBusy(app.id);
    const result = await send(disconnectMutation, { id: app.id }, locale);
    setBusy(null);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    update((apps) => apps.filter((a) => a.id !== app.id));
    setStatus({ tone: 'success', text: w.connected.disconnected(app.appName) });
  };

  return (
    <ManageSection id="connected-apps" title={w.connected.title} note={w.connected.intro} state={state} retry={retry} locale={locale}>
      {(apps) => (
        <>
          {apps.length ? (
            <ul class="app-list">
              {apps.map((app) => (
                <li key={app.id} data-app={app.id}>
                  <div>
                    <strong lang="zh-CN">{app.appName}</strong>
                    <span class="app-meta">{app.scopes.map((s) => w.scopes[s]).join(w.separator)}</span>
                    <span class="app-meta">
                      {w.connected.allowed(date(app.createdAt))}
                      {app.lastUsedAt && ` · ${w.connected.lastUsed(date(app.lastUsedAt))}`}
                    </span>
                  </div>
                  <button type="button" class="form-secondary" disabled={busy === app.id} onClick={() => void disconnect(app)}>
                    {w.connected.disconnect(app.appName)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="account-empty">{w.connected.none}</p>
          )}
          <FormStatus status={status} locale={locale} />
        </>
      )}
    </ManageSection>
  );
}
