// 团队资讯 (/manage/news/): the team's news in every status (a returned one with its reason, a
// scheduled one with its time), the editor with its live preview, submission for review and
// withdrawal. Publishing is the reviewers' (/manage/review/, /admin/review/).
import type { ManageNewsDeskQuery, ManageNewsDeskQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { NewsDesk, type DeskData } from './NewsDesk';
import { deskArticle } from './NewsEditor';

const deskQuery = operation<ManageNewsDeskQuery, ManageNewsDeskQueryVariables>(
  /* GraphQL */ `
  query ManageNewsDesk($id: ID!) {
    newsDesk(organizationId: $id, first: 100) {
      nodes {
        ...DeskArticle
      }
    }
    organization(id: $id) {
      id
      projects(first: 100) {
        nodes {
          id
          title
          status
        }
      }
    }
  }
`,
  deskArticle,
);

export function ManageNews({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <TeamDesk org={org} locale={locale} />}</ManageGate>;
}

function TeamDesk({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const load = async (): Promise<ApiResult<DeskData | null>> => {
    const result = await request(deskQuery, { id: org.id });
    if (!result.ok) return result;
    const projects = result.data.organization?.projects.nodes.filter((p) => p.status === 'PUBLISHED' || p.status === 'COMPLETED') ?? [];
    return { ok: true, data: { articles: result.data.newsDesk.nodes, projects } };
  };
  return <NewsDesk locale={locale} organizationId={org.id} organizationName={org.name} staff={false} load={load} />;
}
