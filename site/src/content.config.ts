// Content collections pulled from the Aixin API at build time (AIXIN_API_URL). Each collection
// loads through one factory (fromApi); connections are paged through 100 nodes at a time; each
// entry is checked against the zod schema codegen makes of its query (src/gql/zod.ts), so the
// build fails on any failure or on data its query does not describe. The collections that grow
// with the platform (news, activities, role models) are not here but in src/data/bulk.ts.
import { defineCollection, z } from 'astro:content';
import {
  DistrictLeaderboard,
  HomePage,
  OrganizationPages,
  ServiceRequestFigures,
  ServiceRequestPages,
  ShowcasePages,
  SiteDetails,
  StationPages,
  StoryPages,
} from './data/build-queries';
import { nodeSchema } from './data/bulk';
import {
  DistrictLeaderboardQuerySchema,
  HomePageQuerySchema,
  OrganizationPagesQuerySchema,
  ServiceRequestFiguresQuerySchema,
  ServiceRequestPagesQuerySchema,
  ShowcasePagesQuerySchema,
  SiteDetailsQuerySchema,
  StationPagesQuerySchema,
  StoryPagesQuerySchema,
} from './gql/zod';
import { allNodes, fetchGraphQL } from './lib/graphql-fetch';
import { monthKey } from './lib/format';
import { once } from './lib/once';
import { indexForSearch, organizationRecord, showcaseRecord, type SearchRecord } from './search/records';

// `npm run lint` makes these collections' types with `astro sync`, which runs the loaders too:
// with AIXIN_SITE_TYPES_ONLY=1 they load nothing instead of asking an API. Builds unset it
// (api/src/site-builder.ts), so a build never comes out empty this way.
const typesOnly = process.env.AIXIN_SITE_TYPES_ONLY === '1';

/**
 * A collection of what the API answers at build time: `load` fetches its entries (each with an
 * id), `schema` checks each; with `search`, the entries go to the search index of the build too.
 */
function fromApi<S extends z.ZodTypeAny, E extends { id: string }>(collection: { schema: S; load: () => Promise<E[]>; search?: (entry: E) => SearchRecord }) {
  const { schema, load, search } = collection;
  return defineCollection({
    loader: async () => {
      if (typesOnly) return [];
      const entries = await load();
      if (search) indexForSearch(entries.map(search));
      return entries;
    },
    schema,
  });
}

const PUBLIC_REQUEST_STATUSES = ['OPEN', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CONFIRMED'] as const;

const serviceRequests = fromApi({
  // Only the public statuses: a request in any other fails the build.
  schema: nodeSchema(ServiceRequestPagesQuerySchema.shape.serviceRequests).extend({ status: z.enum(PUBLIC_REQUEST_STATUSES) }),
  load: async () => {
    const all = [];
    for (const status of PUBLIC_REQUEST_STATUSES) {
      all.push(...(await allNodes(`serviceRequests ${status}`, ServiceRequestPages, (data) => data.serviceRequests, { status })));
    }
    return all;
  },
});

const requestFigures = fromApi({
  schema: ServiceRequestFiguresQuerySchema.shape.serviceRequestFigures.element,
  load: async () => (await fetchGraphQL(ServiceRequestFigures, {})).serviceRequestFigures.map((f) => ({ id: f.district, ...f })),
});

const stats = fromApi({
  schema: HomePageQuerySchema.shape.stats,
  load: async () => [{ id: 'platform', ...(await fetchGraphQL(HomePage, {})).stats }],
});

// The directory's organisations, fetched once for their pages and for the districts' leaderboards.
const organizationNodes = once(() => allNodes('organizations', OrganizationPages, (data) => data.organizations, {}));

const organizations = fromApi({
  schema: nodeSchema(OrganizationPagesQuerySchema.shape.organizations),
  load: organizationNodes,
  search: organizationRecord,
});

const showcases = fromApi({
  schema: nodeSchema(ShowcasePagesQuerySchema.shape.showcases),
  load: () => allNodes('showcases', ShowcasePages, (data) => data.showcases, {}),
  search: showcaseRecord,
});

// Published stories (志愿心得), for /stories/ and the activities' and teams' pages.
const stories = fromApi({
  schema: nodeSchema(StoryPagesQuerySchema.shape.stories),
  load: () => allNodes('stories', StoryPages, (data) => data.stories, {}),
});

// Volunteer stations (志愿服务站), for /stations/; who is on duty is read live on each page.
const stations = fromApi({
  schema: StationPagesQuerySchema.shape.stations.element,
  load: async () => (await fetchGraphQL(StationPages, {})).stations,
});

/** The twelve months up to this one in China time, as the leaderboards take them: `2026-01` to `2026-12`. */
function lastTwelveMonths(now: Date): { from: string; to: string } {
  const to = monthKey(now.toISOString());
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5));
  const from = month === 12 ? `${year}-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}`;
  return { from, to };
}

// Each district's organisations and volunteers by service time over the last twelve months (the
// districts of the directory), three districts asked at a time.
const leaderboards = fromApi({
  schema: z.object({
    district: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    organizations: DistrictLeaderboardQuerySchema.shape.organizationLeaderboard,
    volunteers: DistrictLeaderboardQuerySchema.shape.volunteerLeaderboard,
  }),
  load: async () => {
    const period = lastTwelveMonths(new Date());
    const board = async (district: string) => {
      const answer = await fetchGraphQL(DistrictLeaderboard, { district, ...period });
      return { id: district, district, period, organizations: answer.organizationLeaderboard, volunteers: answer.volunteerLeaderboard };
    };
    const districts = [...new Set((await organizationNodes()).map((o) => o.district).filter((d): d is string => Boolean(d)))];
    const boards: Awaited<ReturnType<typeof board>>[] = [];
    for (let i = 0; i < districts.length; i += 3) boards.push(...(await Promise.all(districts.slice(i, i + 3).map(board))));
    return boards;
  },
});

// Who runs the site (the footer) and the legal documents (their pages, the registration form).
const siteDetails = once(() => fetchGraphQL(SiteDetails, {}));

const siteInfo = fromApi({
  schema: SiteDetailsQuerySchema.shape.siteInfo,
  load: async () => [{ id: 'site', ...(await siteDetails()).siteInfo }],
});

const legal = fromApi({
  schema: SiteDetailsQuerySchema.shape.legalDocuments.element,
  load: async () => (await siteDetails()).legalDocuments.map((d) => ({ id: d.kind, ...d })),
});

export const collections = {
  stats,
  organizations,
  leaderboards,
  showcases,
  stories,
  stations,
  siteInfo,
  legal,
  serviceRequests,
  requestFigures,
};
