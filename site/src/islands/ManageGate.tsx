// The gate of every back-office page: reads the teams the signed-in volunteer manages (ADMIN or
// COORDINATOR), lets them choose one (kept in ?org= and in localStorage, so every section opens on
// the same team), and hands it to the section. Signed out, it offers to sign in; managing no team,
// it shows how to register one; a team awaiting review or suspended gets its own word unless the
// section works for such teams too (`allowPending`, e.g. the team profile).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ManageOrganizationsQuery, ManageOrganizationsQueryVariables, MemberRole, OrganizationStatus } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { onViewerChange } from '../lib/session';
import { GateError, GateLoading, GateSignedOut } from './GateCards';
import { MANAGE_WORDS } from './words/manage';
import './facts.css';
import './forms.css';
import './my-account.css';
import './manage.css';

const organizationsQuery = operation<ManageOrganizationsQuery, ManageOrganizationsQueryVariables>(/* GraphQL */ `
  query ManageOrganizations {
    me {
      id
      memberships(first: 100) {
        nodes {
          role
          organization {
            id
            name
            slug
            status
          }
        }
      }
    }
  }
`);

export interface ManagedOrganization {
  id: string;
  name: string;
  slug: string;
  status: OrganizationStatus;
  role: MemberRole;
}

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'error'; text: string } | { status: 'ready'; organizations: ManagedOrganization[] };

const STORED = 'aixin.manage.org';

function remembered(): string | null {
  const inAddress = new URLSearchParams(location.search).get('org');
  if (inAddress) return inAddress;
  try {
    return localStorage.getItem(STORED);
  } catch {
    return null;
  }
}

function remember(id: string) {
  const url = new URL(location.href);
  url.searchParams.set('org', id);
  history.replaceState(history.state, '', url);
  try {
    localStorage.setItem(STORED, id);
  } catch {
    // Private browsing without storage: the address still holds the choice.
  }
}

interface Props {
  locale: Locale;
  /** Hand PENDING and SUSPENDED teams to the section too (the team profile, registration status). */
  allowPending?: boolean;
  children: (org: ManagedOrganization) => ComponentChildren;
}

export function ManageGate({ locale, allowPending = false, children }: Props) {
  const w = MANAGE_WORDS[locale];
  const g = w.gate;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);

  const load = async () => {
    const result = await request(organizationsQuery, {});
    if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
    const me = result.data.me;
    if (!me) return setState({ status: 'signed-out' });
    const organizations = me.memberships.nodes
      .filter((m) => m.role === 'COORDINATOR' || m.role === 'ADMIN')
      .map((m) => ({ ...m.organization, role: m.role }))
      // Approved ones first: those are the ones with work to do.
      .sort((a, b) => Number(a.status !== 'APPROVED') - Number(b.status !== 'APPROVED'));
    const wanted = remembered();
    setChosen(organizations.find((o) => o.id === wanted)?.id ?? organizations[0]?.id ?? null);
    setState({ status: 'ready', organizations });
  };

  useEffect(() => {
    void load();
    return onViewerChange((s) => s.status === 'signed-out' && setState({ status: 'signed-out' }));
  }, []);

  const choose = (id: string) => {
    setChosen(id);
    remember(id);
  };

  if (state.status === 'loading') return <GateLoading text={g.loading} />;
  if (state.status === 'signed-out') return <GateSignedOut locale={locale} title={g.signedOut} text={g.signedOutText} logIn={g.logIn} />;
  if (state.status === 'error') {
    return <GateError title={g.error} text={state.text} retry={g.retry} onRetry={() => (setState({ status: 'loading' }), void load())} />;
  }

  const { organizations } = state;
  if (!organizations.length) {
    return (
      <div class="account manage">
        <section key="none" class="account-card" data-state="none">
          <h2>{g.none}</h2>
          <p>{g.noneText}</p>
          <p class="account-actions">
            <a class="form-submit" href={localizePath('/manage/register-team/', locale)}>
              {g.registerTeam}
            </a>
            <a href={localizePath('/account/', locale)}>{g.toAccount}</a>
          </p>
        </section>
      </div>
    );
  }

  const current = organizations.find((o) => o.id === chosen) ?? organizations[0];
  const waiting = current.status === 'PENDING' ? g.pending : current.status === 'SUSPENDED' ? g.suspended : null;
  return (
    <div class="account manage">
      <div key="ready" class="manage-grid">
        <section class="account-card manage-org" aria-labelledby="manage-org">
          <h2 id="manage-org">{current.name}</h2>
          <p class="account-note">
            {g.yourRole(w.roles[current.role])}
            {waiting && <span class="manage-badge">{waiting}</span>}
          </p>
          {organizations.length > 1 && (
            <div class="manage-choose">
              <label for="manage-organization">{g.switchTeam}</label>
              <select id="manage-organization" value={current.id} onChange={(e) => choose(e.currentTarget.value)}>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {o.status === 'PENDING' ? ` (${g.pending})` : o.status === 'SUSPENDED' ? ` (${g.suspended})` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
        </section>
        {waiting && !allowPending ? (
          <section key={`waiting-${current.id}`} class="account-card" data-state="waiting">
            <h2>{current.status === 'PENDING' ? g.pendingTitle : g.suspended}</h2>
            <p>{current.status === 'PENDING' ? g.pendingText : g.suspendedText}</p>
            <p class="account-actions">
              <a href={localizePath('/manage/team/', locale)}>{g.toTeamProfile}</a>
            </p>
          </section>
        ) : (
          // Keyed by the organisation, so switching starts the section afresh.
          <div key={current.id} class="manage-body">
            {children(current)}
          </div>
        )}
      </div>
    </div>
  );
}
