// 授权应用 (/oauth/consent/): an app (a mini-program, a district app) sent the volunteer here
// through /oauth/authorize with its request in the address. The island shows who asks for what,
// and the volunteer allows or denies; the API then says where to send them back (the app's
// registered address, with a code or access_denied). A request the app may not make stops here.
import { useEffect, useState } from 'preact/hooks';
import type { AppAuthorizationInput, AppConsentQuery, AppConsentQueryVariables, AuthorizeAppMutation, AuthorizeAppMutationVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { loadViewer } from '../lib/session';
import { FormStatus, type Status } from './FormStatus';
import { APP_WORDS } from './words/apps';
import './forms.css';
import './apps.css';

const consentQuery = operation<AppConsentQuery, AppConsentQueryVariables>(/* GraphQL */ `
  query AppConsent($input: AppAuthorizationInput!) {
    appAuthorization(input: $input) {
      appName
      homepageUrl
      redirectHost
      scopes
    }
  }
`);

const authorizeMutation = operation<AuthorizeAppMutation, AuthorizeAppMutationVariables>(/* GraphQL */ `
  mutation AuthorizeApp($input: AppAuthorizationInput!, $allow: Boolean!) {
    authorizeApp(input: $input, allow: $allow) {
      redirectTo
    }
  }
`);

type Asked = AppConsentQuery['appAuthorization'];
type State =
  | { status: 'loading' }
  | { status: 'invalid'; field: keyof (typeof APP_WORDS)['en']['consent']['invalid'] }
  | { status: 'signed-out'; asked: Asked }
  | { status: 'ready'; asked: Asked; name: string };

/** The request's parameters as the app put them in the address. */
function requestFrom(search: string): AppAuthorizationInput {
  const q = new URLSearchParams(search);
  const get = (name: string) => q.get(name) ?? '';
  return {
    responseType: get('response_type'),
    clientId: get('client_id'),
    redirectUri: get('redirect_uri'),
    scope: get('scope'),
    state: q.get('state'),
    codeChallenge: get('code_challenge'),
    codeChallengeMethod: get('code_challenge_method'),
  };
}

const FIELDS = ['clientId', 'redirectUri', 'codeChallenge', 'responseType', 'scope'] as const;

export function AppConsent({ locale }: { locale: Locale }) {
  const w = APP_WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // The request as the app put it in the address, read once.
  const [input] = useState(() => requestFrom(typeof location === 'undefined' ? '' : location.search));

  useEffect(() => {
    // Who is signed in comes with the header's own question (one request for both).
    void Promise.all([request(consentQuery, { input }), loadViewer()]).then(([r, viewer]) => {
      if (!r.ok) {
        const field = r.network ? undefined : FIELDS.find((f) => f === r.errors[0].field);
        return setState({ status: 'invalid', field: field ?? 'other' });
      }
      const asked = r.data.appAuthorization;
      setState(viewer.status === 'signed-in' ? { status: 'ready', asked, name: viewer.viewer.displayName } : { status: 'signed-out', asked });
    });
  }, []);

  const decide = async (allow: boolean) => {
    setBusy(true);
    setStatus({ tone: 'info', text: w.consent.sending });
    const r = await send(authorizeMutation, { input, allow }, locale);
    if (!r.ok) {
      setBusy(false);
      return setStatus({ tone: 'error', text: r.text, login: false });
    }
    location.assign(r.data.authorizeApp.redirectTo);
  };

  if (state.status === 'loading') return <p class="app-consent-note">{w.consent.loading}</p>;
  if (state.status === 'invalid') {
    return (
      <div class="app-consent" role="alert">
        <h2>{w.consent.invalidTitle}</h2>
        <p>{w.consent.invalid[state.field]}</p>
      </div>
    );
  }
  const { asked } = state;
  return (
    <div class="app-consent">
      <h2>{w.consent.asks(asked.appName)}</h2>
      <ul class="app-scopes">
        {asked.scopes.map((scope) => (
          <li key={scope}>{w.scopes[scope]}</li>
        ))}
      </ul>
      <p class="app-consent-note">
        {w.consent.returnsTo(asked.redirectHost)}
        {asked.homepageUrl && (
          <>
            {' '}
            <a href={asked.homepageUrl} rel="noopener noreferrer">
              {w.consent.homepage}
            </a>
          </>
        )}
      </p>
      {state.status === 'signed-out' ? (
        <>
          <p>{w.consent.signInText}</p>
          <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname + location.search)}`}>
            {w.consent.signIn}
          </a>
        </>
      ) : (
        <>
          <p class="app-consent-note">{w.consent.signedInAs(state.name)}</p>
          <div class="app-consent-actions">
            <button type="button" class="form-submit" disabled={busy} onClick={() => void decide(true)}>
              {w.consent.allow}
            </button>
            <button type="button" class="form-secondary" disabled={busy} onClick={() => void decide(false)}>
              {w.consent.deny}
            </button>
          </div>
        </>
      )}
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
