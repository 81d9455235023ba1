// Content collections pulled from the Aixin API at build time (AIXIN_API_URL). Each collection
// loads through one factory (fromApi); connections are paged through 100 nodes at a time; each
// entry is checked against the zod schema codegen makes of its query (src/gql/zod.ts), so the
// build fails on any failure or on data its query does not describe.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { defineCollection, z } from 'astro:content';
import { graphql } from './gql';
import {
  DistrictLeaderboardQuerySchema,
  HomePageQuerySchema,
  NewsPagesQuerySchema,
  OrganizationPagesQuerySchema,
  ProjectPagesQuerySchema,
  RoleModelPagesQuerySchema,
  ServiceRequestFiguresQuerySchema,
  ServiceRequestPagesQuerySchema,
  ShowcasePagesQuerySchema,
  SiteDetailsQuerySchema,
  StationPagesQuerySchema,
  StoryPagesQuerySchema,
} from './gql/zod';
import { fetchAllNodes, fetchGraphQL } from './lib/graphql-fetch';
import { monthKey } from './lib/format';
import { once } from './lib/once';
import { indexForSearch, newsRecord, organizationRecord, projectRecord, roleModelRecord, showcaseRecord, type SearchRecord } from './search/records';

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

interface Connection<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of the connection a query answers (`connection` picks it), asked for a page at a time. */
function allNodes<D, V extends { first: number; after?: string | null }, N>(
  what: string,
  document: DocumentTypeDecoration<D, V>,
  connection: (data: D) => Connection<N>,
  variables: Omit<V, 'first' | 'after'>,
): Promise<N[]> {
  return fetchAllNodes(what, async (page) => connection(await fetchGraphQL(document, { ...variables, ...page } as V)));
}

/** The schema of one node of a connection's schema. */
const nodeSchema = <N extends z.ZodTypeAny>(connection: { shape: { nodes: z.ZodArray<N> } }): N => connection.shape.nodes.element;

// An uploaded picture as <Picture> shows it (components/Picture.astro).
const pictureImageFragment = /* GraphQL */ `
  fragment PictureImage on Image {
    url
    width
    height
    alt
    avifSrcset
    webpSrcset
  }
`;

const ProjectPages = graphql(`
  query ProjectPages($first: Int!, $after: String) {
    projects(first: $first, after: $after) {
      nodes {
        id
        title
        summary
        description
        category
        district
        address
        status
        startsAt
        endsAt
        publishedAt
        organization {
          id
          slug
          name
        }
        rating {
          average
          count
        }
        photos {
          ...PictureImage
        }
        shifts {
          id
          startsAt
          endsAt
          capacity
          confirmedCount
          remaining
          waitlist
          waitlistCount
          allocation
          registrationOpensAt
          registrationClosesAt
          entrantCount
          draw {
            ...DrawRecord
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const HomePage = graphql(`
  query HomePage {
    stats {
      volunteerCount
      organizationCount
      projectCount
      totalServiceMinutes
      openShiftCount
      personTimes
      byYear {
        label
        hours
        personTimes
      }
      byDistrict {
        label
        hours
        personTimes
      }
    }
  }
`);

const SiteDetails = graphql(`
  query SiteDetails {
    siteInfo {
      operator
      supervisor
      hotline
      email
      icpNumber
      publicSecurityFiling
    }
    legalDocuments {
      kind
      version
      zh {
        title
        sections {
          heading
          paragraphs
        }
      }
      en {
        title
        sections {
          heading
          paragraphs
        }
      }
    }
  }
`);

const OrganizationPages = graphql(`
  query OrganizationPages($first: Int!, $after: String) {
    organizations(first: $first, after: $after) {
      nodes {
        id
        slug
        name
        kind
        district
        city
        description
        memberCount
        address
        location {
          lat
          lng
        }
        joinPolicy
        rating {
          average
          count
        }
        logo {
          ...PictureImage
        }
        parent {
          id
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const NewsPages = graphql(`
  query NewsPages($first: Int!, $after: String) {
    news(first: $first, after: $after) {
      nodes {
        id
        slug
        title
        summary
        bodyHtml
        publishedAt
        updatedAt
        tags
        coverImageUrl
        coverImage {
          ...PictureImage
        }
        organization {
          id
          slug
          name
        }
        project {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RoleModelPages = graphql(`
  query RoleModelPages($first: Int!, $after: String) {
    roleModels(first: $first, after: $after) {
      nodes {
        id
        name
        honor
        citation
        year
        district
        photoUrl
        photo {
          ...PictureImage
        }
        publishedAt
        volunteer {
          id
          volunteerNumber
          starLevel
        }
        organization {
          id
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ShowcasePages = graphql(`
  query ShowcasePages($first: Int!, $after: String) {
    showcases(first: $first, after: $after) {
      nodes {
        id
        title
        summary
        bodyHtml
        coverImageUrl
        coverImage {
          ...PictureImage
        }
        publishedAt
        updatedAt
        project {
          id
          title
          status
        }
        organization {
          id
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const StoryPages = graphql(`
  query StoryPages($first: Int!, $after: String) {
    stories(first: $first, after: $after) {
      nodes {
        id
        title
        body
        publishedAt
        likeCount
        photos {
          ...PictureImage
        }
        author {
          id
          displayName
          volunteerNumber
          publicProfile
        }
        project {
          id
          title
        }
        organization {
          id
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const StationPages = graphql(`
  query StationPages {
    stations {
      id
      slug
      name
      address
      district
      location {
        lat
        lng
      }
      openingHours
      services
      operator {
        id
        slug
        name
      }
    }
  }
`);

const DistrictLeaderboard = graphql(`
  query DistrictLeaderboard($district: String!, $from: String!, $to: String!) {
    organizationLeaderboard(district: $district, from: $from, to: $to, first: 50) {
      totalCount
      nodes {
        rank
        minutes
        volunteerCount
        organization {
          id
          slug
          name
        }
      }
    }
    volunteerLeaderboard(district: $district, from: $from, to: $to, first: 50) {
      totalCount
      nodes {
        ...VolunteerRank
      }
    }
  }
  fragment VolunteerRank on VolunteerRanking {
    rank
    minutes
    volunteer {
      id
      displayName
      starLevel
    }
  }
`);

// The public board and the request pages: every request in a public status (never its contact).
const ServiceRequestPages = graphql(`
  query ServiceRequestPages($first: Int!, $after: String, $status: ServiceRequestStatus!) {
    serviceRequests(first: $first, after: $after, filter: { status: $status }) {
      nodes {
        id
        title
        description
        category
        district
        address
        neededFrom
        neededUntil
        recurrence
        volunteersNeeded
        volunteersClaimed
        status
        openedAt
        score
        createdAt
        claims {
          volunteers
          organization {
            id
            slug
            name
          }
          project {
            id
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ServiceRequestFigures = graphql(`
  query ServiceRequestFigures {
    serviceRequestFigures {
      district
      met
    }
  }
`);

const projects = fromApi({
  schema: nodeSchema(ProjectPagesQuerySchema.shape.projects),
  load: () => allNodes('projects', ProjectPages, (data) => data.projects, {}),
  search: projectRecord,
});

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

const news = fromApi({
  schema: nodeSchema(NewsPagesQuerySchema.shape.news),
  load: () => allNodes('news', NewsPages, (data) => data.news, {}),
  search: newsRecord,
});

const roleModels = fromApi({
  schema: nodeSchema(RoleModelPagesQuerySchema.shape.roleModels),
  load: () => allNodes('roleModels', RoleModelPages, (data) => data.roleModels, {}),
  search: roleModelRecord,
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
  projects,
  stats,
  organizations,
  leaderboards,
  news,
  roleModels,
  showcases,
  stories,
  stations,
  siteInfo,
  legal,
  serviceRequests,
  requestFigures,
};
