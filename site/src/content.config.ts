// Content collections pulled from the Aixin API at build time (AIXIN_API_URL). Each loader
// pages through its connection 100 nodes at a time; any failure fails the build.
import { defineCollection, z } from 'astro:content';
import { graphql } from './gql';
import { fetchAllNodes, fetchGraphQL } from './lib/graphql-fetch';
import { monthKey } from './lib/format';
import { once } from './lib/once';
import { indexForSearch, newsRecord, organizationRecord, projectRecord, roleModelRecord, showcaseRecord, type SearchRecord } from './search/records';

// `npm run lint` makes these collections' types with `astro sync`, which runs the loaders too:
// with AIXIN_SITE_TYPES_ONLY=1 they load nothing instead of asking an API. Builds unset it
// (api/src/site-builder.ts), so a build never comes out empty this way.
const typesOnly = process.env.AIXIN_SITE_TYPES_ONLY === '1';
function fromApi<N>(load: () => Promise<N[]>): () => Promise<N[]> {
  return async () => (typesOnly ? [] : load());
}

/** Hands what a loader fetched to the search index (during a build) and returns it. */
function searchable<N>(nodes: N[], toRecord: (node: N) => SearchRecord): N[] {
  indexForSearch(nodes.map(toRecord));
  return nodes;
}

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

const isoDateTime = z.string().datetime({ offset: true });
const count = z.number().int().nonnegative();
// IDs become URL path segments (/projects/<id>/); refuse anything that would need escaping.
const pathSafeId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'ID must be URL-path safe ([A-Za-z0-9_-])');
const organizationRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });
const projectRef = z.object({ id: z.string(), title: z.string() });
// Volunteers' ratings: the average (1..5) and how many; no names or comments reach the site.
const ratingSummary = z.object({ average: z.number().min(1).max(5).nullable(), count });
// Image URLs from the API are http(s) or paths on this site; anything else fails the build.
const imageUrl = z.string().regex(/^(https?:\/\/|\/(?!\/))\S*$/, 'image URL must be http(s) or a path on this site');
const srcset = z.string().regex(/^((https?:\/\/|\/(?!\/))\S+ \d+w(, |$))*$/, 'srcset must list http(s) or site URLs with widths');
const picture = z.object({ url: imageUrl, width: count, height: count, alt: z.string().nullable(), avifSrcset: srcset, webpSrcset: srcset });

const projects = defineCollection({
  loader: fromApi(async () => searchable(await fetchAllNodes('projects', async (page) => (await fetchGraphQL(ProjectPages, page)).projects), projectRecord)),
  schema: z.object({
    id: pathSafeId,
    title: z.string(),
    summary: z.string(),
    description: z.string().nullable(),
    category: z.string().nullable(),
    district: z.string().nullable(),
    address: z.string().nullable(),
    status: z.enum(['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED']),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    publishedAt: isoDateTime.nullable(),
    organization: organizationRef,
    rating: ratingSummary,
    photos: z.array(picture),
    shifts: z.array(
      z.object({
        id: z.string(),
        startsAt: isoDateTime,
        endsAt: isoDateTime,
        capacity: count,
        confirmedCount: count,
        remaining: count,
        waitlist: z.boolean(),
        waitlistCount: count,
        allocation: z.enum(['FIRST_COME', 'LOTTERY']),
        registrationOpensAt: isoDateTime.nullable(),
        registrationClosesAt: isoDateTime.nullable(),
        entrantCount: count,
        // A lottery's public record: the seed's commitment from publication, the seed once drawn.
        draw: z
          .object({
            algorithm: z.string(),
            seedCommitment: z.string().regex(/^[0-9a-f]{64}$/),
            seed: z
              .string()
              .regex(/^[0-9a-f]{64}$/)
              .nullable(),
            drawnAt: isoDateTime.nullable(),
            entrantCount: count.nullable(),
            selectedCount: count.nullable(),
          })
          .nullable(),
      }),
    ),
  }),
});

const PUBLIC_REQUEST_STATUSES = ['OPEN', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CONFIRMED'] as const;

const serviceRequests = defineCollection({
  loader: fromApi(async () => {
    const all = [];
    for (const status of PUBLIC_REQUEST_STATUSES) {
      all.push(
        ...(await fetchAllNodes(`serviceRequests ${status}`, async (page) => (await fetchGraphQL(ServiceRequestPages, { ...page, status })).serviceRequests)),
      );
    }
    return all;
  }),
  schema: z.object({
    id: pathSafeId,
    title: z.string(),
    description: z.string(),
    category: z.enum(['ELDERLY', 'CHILDREN', 'DISABILITY', 'ENVIRONMENT', 'COMMUNITY', 'HEALTH', 'EDUCATION', 'DISASTER', 'OTHER']),
    district: z.string(),
    address: z.string(),
    neededFrom: isoDateTime,
    neededUntil: isoDateTime,
    recurrence: z.string().nullable(),
    volunteersNeeded: count,
    volunteersClaimed: count,
    status: z.enum(PUBLIC_REQUEST_STATUSES),
    openedAt: isoDateTime.nullable(),
    score: z.number().int().min(1).max(5).nullable(),
    createdAt: isoDateTime,
    // A claim's activity once published: volunteers sign up for the need there.
    claims: z.array(z.object({ volunteers: count, organization: organizationRef, project: projectRef.nullable() })),
  }),
});

const requestFigures = defineCollection({
  loader: fromApi(async () => (await fetchGraphQL(ServiceRequestFigures, {})).serviceRequestFigures.map((f) => ({ id: f.district, ...f }))),
  schema: z.object({ district: z.string(), met: count }),
});

/** 人次 and service hours of one year or district (the API's FigureRow). */
const figureRow = z.object({ label: z.string(), hours: z.number(), personTimes: count });

const stats = defineCollection({
  loader: fromApi(async () => [{ id: 'platform', ...(await fetchGraphQL(HomePage, {})).stats }]),
  schema: z.object({
    volunteerCount: count,
    organizationCount: count,
    projectCount: count,
    totalServiceMinutes: z.number().int(),
    openShiftCount: count,
    personTimes: count,
    byYear: z.array(figureRow),
    byDistrict: z.array(figureRow),
  }),
});

// The directory's organisations, fetched once for their pages and for the districts' leaderboards.
const organizationNodes = once(() => fetchAllNodes('organizations', async (page) => (await fetchGraphQL(OrganizationPages, page)).organizations));

const organizations = defineCollection({
  loader: fromApi(async () => searchable(await organizationNodes(), organizationRecord)),
  schema: z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.string().nullable(),
    district: z.string().nullable(),
    city: z.string().nullable(),
    description: z.string().nullable(),
    memberCount: count,
    address: z.string().nullable(),
    joinPolicy: z.enum(['APPROVAL', 'OPEN']),
    rating: ratingSummary,
    logo: picture.nullable(),
    parent: organizationRef.nullable(),
  }),
});

// Slugs become URL path segments (/news/<slug>/).
const pathSafeSlug = z.string().regex(/^[a-z0-9-]+$/, 'slug must be URL-path safe ([a-z0-9-])');

const news = defineCollection({
  loader: fromApi(async () => searchable(await fetchAllNodes('news', async (page) => (await fetchGraphQL(NewsPages, page)).news), newsRecord)),
  schema: z.object({
    slug: pathSafeSlug,
    title: z.string(),
    summary: z.string(),
    bodyHtml: z.string(),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime,
    tags: z.array(z.string().min(1)),
    coverImageUrl: imageUrl.nullable(),
    coverImage: picture.nullable(),
    organization: organizationRef.nullable(),
    // The activity it reports on (活动过程).
    project: projectRef.nullable(),
  }),
});

const roleModels = defineCollection({
  loader: fromApi(async () =>
    searchable(await fetchAllNodes('roleModels', async (page) => (await fetchGraphQL(RoleModelPages, page)).roleModels), roleModelRecord),
  ),
  schema: z.object({
    id: pathSafeId,
    name: z.string(),
    honor: z.string().nullable(),
    citation: z.string(),
    year: z.number().int().nullable(),
    district: z.string().nullable(),
    photoUrl: imageUrl.nullable(),
    photo: picture.nullable(),
    publishedAt: isoDateTime,
    volunteer: z.object({ id: z.string(), volunteerNumber: z.string(), starLevel: z.number().int() }).nullable(),
    organization: organizationRef.nullable(),
  }),
});

const showcases = defineCollection({
  loader: fromApi(async () =>
    searchable(await fetchAllNodes('showcases', async (page) => (await fetchGraphQL(ShowcasePages, page)).showcases), showcaseRecord),
  ),
  schema: z.object({
    id: pathSafeId,
    title: z.string(),
    summary: z.string(),
    bodyHtml: z.string().nullable(),
    coverImageUrl: imageUrl.nullable(),
    coverImage: picture.nullable(),
    publishedAt: isoDateTime,
    updatedAt: isoDateTime,
    project: z.object({ id: pathSafeId, title: z.string(), status: z.string() }).nullable(),
    organization: organizationRef.nullable(),
  }),
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
const leaderboards = defineCollection({
  loader: fromApi(async () => {
    const period = lastTwelveMonths(new Date());
    const districts = [...new Set((await organizationNodes()).map((o) => o.district).filter((d): d is string => Boolean(d)))];
    const boards: { id: string; district: string; period: typeof period; organizations: unknown; volunteers: unknown }[] = [];
    for (let i = 0; i < districts.length; i += 3) {
      const batch = districts.slice(i, i + 3);
      const answers = await Promise.all(batch.map((district) => fetchGraphQL(DistrictLeaderboard, { district, ...period })));
      answers.forEach((a, j) =>
        boards.push({ id: batch[j], district: batch[j], period, organizations: a.organizationLeaderboard, volunteers: a.volunteerLeaderboard }),
      );
    }
    return boards;
  }),
  schema: z.object({
    district: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    organizations: z.object({
      totalCount: count,
      nodes: z.array(z.object({ rank: count, minutes: count, volunteerCount: count, organization: organizationRef })),
    }),
    volunteers: z.object({
      totalCount: count,
      nodes: z.array(z.object({ rank: count, minutes: count, volunteer: z.object({ id: z.string(), displayName: z.string(), starLevel: count }) })),
    }),
  }),
});

// Who runs the site (the footer) and the legal documents (their pages, the registration form).
const siteDetails = once(() => fetchGraphQL(SiteDetails, {}));

const siteInfo = defineCollection({
  loader: fromApi(async () => [{ id: 'site', ...(await siteDetails()).siteInfo }]),
  schema: z.object({
    operator: z.string(),
    supervisor: z.string().nullable(),
    hotline: z.string().nullable(),
    email: z.string().nullable(),
    icpNumber: z.string().nullable(),
    publicSecurityFiling: z.string().nullable(),
  }),
});

const legalText = z.object({ title: z.string(), sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })) });
const legal = defineCollection({
  loader: fromApi(async () => (await siteDetails()).legalDocuments.map((d) => ({ id: d.kind, ...d }))),
  schema: z.object({ kind: z.enum(['TERMS', 'PRIVACY']), version: z.string(), zh: legalText, en: legalText }),
});

export const collections = { projects, stats, organizations, leaderboards, news, roleModels, showcases, siteInfo, legal, serviceRequests, requestFigures };
