// The gate of every platform staff page (/admin/…): signed out, it offers to sign in; signed in
// without staff rights, it says so and leads to the back office; for staff it shows the section.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AdminViewerQuery, AdminViewerQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { onViewerChange } from '../lib/session';
import { GateError, GateLoading, GateSignedOut } from './GateCards';
import { ADMIN_WORDS } from './words/admin';
import './facts.css';
import './forms.css';
import './my-account.css';
import './manage.css';

const viewerQuery = operation<AdminViewerQuery, AdminViewerQueryVariables>(/* GraphQL */ `
  query AdminViewer {
    me {
      id
      displayName
      isPlatformAdmin
    }
  }
`);

export interface Staff {
  id: string;
  displayName: string;
}

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'refused' } | { status: 'error'; text: string } | { status: 'ready'; staff: Staff };

interface Props {
  locale: Locale;
  children: (staff: Staff) => ComponentChildren;
}

export function AdminGate({ locale, children }: Props) {
  const g = ADMIN_WORDS[locale].gate;
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = async () => {
    const result = await request(viewerQuery, {});
    if (!result.ok) return setState({ status: 'error', text: await failureText(result, locale) });
    const me = result.data.me;
    if (!me) return setState({ status: 'signed-out' });
    setState(me.isPlatformAdmin ? { status: 'ready', staff: { id: me.id, displayName: me.displayName } } : { status: 'refused' });
  };

  useEffect(() => {
    void load();
    return onViewerChange((s) => s.status === 'signed-out' && setState({ status: 'signed-out' }));
  }, []);

  if (state.status === 'loading') return <GateLoading text={g.loading} />;
  if (state.status === 'signed-out') return <GateSignedOut locale={locale} title={g.signedOut} text={g.signedOutText} logIn={g.logIn} />;
  if (state.status === 'error') {
    return <GateError title={g.error} text={state.text} retry={g.retry} onRetry={() => (setState({ status: 'loading' }), void load())} />;
  }
  if (state.status === 'refused') {
    return (
      <div class="account manage">
        <section key="refused" class="account-card" data-state="refused">
          <h2>{g.refused}</h2>
          <p>{g.refusedText}</p>
          <p class="account-actions">
            <a class="form-submit" href={localizePath('/manage/', locale)}>
              {g.toManage}
            </a>
            <a href={localizePath('/account/', locale)}>{g.toAccount}</a>
          </p>
        </section>
      </div>
    );
  }
  return (
    <div class="account manage">
      <div key="ready" class="manage-body">
        {children(state.staff)}
      </div>
    </div>
  );
}
