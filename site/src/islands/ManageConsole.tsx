// The coordinator console (/manage/): for the organisations the signed-in volunteer manages
// (COORDINATOR or ADMIN), the service time to record after ended shifts, the correction requests
// to answer, the check-in codes of the shifts about to start and the export of the records. The
// organisation is chosen here; each section loads its own part from the API, so one slow or
// failing part does not hold back the others. Signed out, it offers to sign in.
import { useEffect, useState } from 'preact/hooks';
import type { ManageOrganizationsQuery, ManageOrganizationsQueryVariables, MemberRole, OrganizationStatus } from '../gql/graphql';
import { chineseFailureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { onViewerChange } from '../lib/session';
import { ManageCorrections } from './ManageCorrections';
import { ManageExport } from './ManageExport';
import { ManageHours } from './ManageHours';
import { ManageShifts } from './ManageShifts';
import './facts.css';
import './forms.css';
import './my-account.css';
import './my-ledger.css';
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
            status
          }
        }
      }
    }
  }
`);

type Membership = NonNullable<ManageOrganizationsQuery['me']>['memberships']['nodes'][number];
type Managed = Membership['organization'] & { role: MemberRole };
type State =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'error'; text: string }
  | { status: 'ready'; organizations: Managed[] };

const ROLE: Record<MemberRole, string> = { ADMIN: '管理员', COORDINATOR: '协调员', MEMBER: '成员' };
const WAITING: Partial<Record<OrganizationStatus, string>> = { PENDING: '待审核', SUSPENDED: '已暂停' };

/** The organisation named in the address (?org=…), so a link or a reload keeps the choice. */
function chosenInAddress(): string | null {
  return new URLSearchParams(location.search).get('org');
}

export function ManageConsole() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);

  const load = async () => {
    const result = await request(organizationsQuery, {});
    if (!result.ok) return setState({ status: 'error', text: chineseFailureText(result) });
    const me = result.data.me;
    if (!me) return setState({ status: 'signed-out' });
    const organizations = me.memberships.nodes
      .filter((m) => m.role === 'COORDINATOR' || m.role === 'ADMIN')
      .map((m) => ({ ...m.organization, role: m.role }))
      // Approved ones first: those are the ones with work to do.
      .sort((a, b) => Number(a.status !== 'APPROVED') - Number(b.status !== 'APPROVED'));
    const wanted = chosenInAddress();
    setChosen(organizations.find((o) => o.id === wanted)?.id ?? organizations[0]?.id ?? null);
    setState({ status: 'ready', organizations });
  };

  useEffect(() => {
    void load();
    return onViewerChange((s) => s.status === 'signed-out' && setState({ status: 'signed-out' }));
  }, []);

  const choose = (id: string) => {
    setChosen(id);
    const url = new URL(location.href);
    url.searchParams.set('org', id);
    history.replaceState(null, '', url);
  };

  if (state.status === 'loading') {
    return (
      <div class="account manage" aria-busy="true">
        <p key="loading" class="account-loading">
          正在读取你管理的组织……
        </p>
      </div>
    );
  }
  if (state.status === 'signed-out') {
    return (
      <div class="account manage">
        <section key="out" class="account-card account-signed-out">
          <h2>请先登录</h2>
          <p>组织的管理员和协调员登录后，可以在这里登记服务时长、处理更正申请和导出记录。</p>
          <p class="account-actions">
            <a class="form-submit" href="/login/?next=%2Fmanage%2F">
              登录
            </a>
          </p>
        </section>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="account manage">
        <section key="error" class="account-card account-error" role="alert">
          <h2>暂时无法读取管理信息</h2>
          <p>{state.text}</p>
          <button type="button" class="form-submit" onClick={() => (setState({ status: 'loading' }), void load())}>
            重试
          </button>
        </section>
      </div>
    );
  }

  const { organizations } = state;
  if (!organizations.length) {
    return (
      <div class="account manage">
        <section key="none" class="account-card" data-state="none">
          <h2>你还没有管理的组织</h2>
          <p>只有组织的管理员和协调员可以使用管理台。如果你负责组织的志愿服务，请联系该组织的管理员把你设为协调员。</p>
          <p class="account-actions">
            <a href="/account/">回到我的账户</a>
          </p>
        </section>
      </div>
    );
  }

  const current = organizations.find((o) => o.id === chosen) ?? organizations[0];
  const waiting = WAITING[current.status];
  return (
    <div class="account manage">
      <div key="ready" class="manage-grid">
        <section class="account-card manage-org" aria-labelledby="manage-org">
          <h2 id="manage-org">{current.name}</h2>
          <p class="account-note">
            你的身份：{ROLE[current.role]}
            {waiting && <span class="manage-badge">{waiting}</span>}
          </p>
          {organizations.length > 1 && (
            <div class="manage-choose">
              <label for="manage-organization">切换组织</label>
              <select id="manage-organization" value={current.id} onChange={(e) => choose(e.currentTarget.value)}>
                {organizations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {WAITING[o.status] ? `（${WAITING[o.status]}）` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
        </section>
        {waiting ? (
          <section key={`waiting-${current.id}`} class="account-card" data-state="waiting">
            <h2>暂无可管理的内容</h2>
            <p>
              {current.status === 'PENDING'
                ? '该组织正在等待平台审核。审核通过后，就可以在这里发布活动、登记服务时长和导出记录。'
                : '该组织已被平台暂停，暂时不能管理活动和服务时长。如有疑问，请联系平台。'}
            </p>
          </section>
        ) : (
          // Keyed by the organisation, so switching starts each section afresh.
          <OrganizationSections key={current.id} organizationId={current.id} />
        )}
      </div>
    </div>
  );
}

/** The sections that read from the API; shown together once each has its answer. */
const LOADING_SECTIONS = 3;

function OrganizationSections({ organizationId }: { organizationId: string }) {
  const [settled, setSettled] = useState(0);
  const onSettled = () => setSettled((n) => n + 1);
  const ready = settled >= LOADING_SECTIONS;
  return (
    <>
      {!ready && (
        <p class="account-loading" aria-busy="true">
          正在读取组织的待办事项……
        </p>
      )}
      <div class="manage-sections" hidden={!ready}>
        <div class="manage-column">
          <ManageHours organizationId={organizationId} onSettled={onSettled} />
          <ManageExport organizationId={organizationId} />
        </div>
        <div class="manage-column">
          <ManageCorrections organizationId={organizationId} onSettled={onSettled} />
          <ManageShifts organizationId={organizationId} onSettled={onSettled} />
        </div>
      </div>
    </>
  );
}
