// Content collections pulled from the Aixin API at build time (AIXIN_API_URL). Each loader
// pages through its connection 100 nodes at a time; any failure fails the build.
import { defineCollection, z } from 'astro:content';
import { graphql } from './gql';
import { fetchAllNodes, fetchGraphQL } from './lib/graphql-fetch';

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
        shifts {
          id
          startsAt
          endsAt
          capacity
          confirmedCount
          remaining
          waitlist
          waitlistCount
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
        description
        memberCount
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

const isoDateTime = z.string().datetime({ offset: true });
const count = z.number().int().nonnegative();
// IDs become URL path segments (/projects/<id>/); refuse anything that would need escaping.
const pathSafeId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'ID must be URL-path safe ([A-Za-z0-9_-])');
const organizationRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

const projects = defineCollection({
  loader: async () =>
    fetchAllNodes('projects', async (page) => (await fetchGraphQL(ProjectPages, page)).projects),
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
      }),
    ),
  }),
});

const stats = defineCollection({
  loader: async () => [{ id: 'platform', ...(await fetchGraphQL(HomePage, {})).stats }],
  schema: z.object({
    volunteerCount: count,
    organizationCount: count,
    projectCount: count,
    totalServiceMinutes: z.number().int(),
    openShiftCount: count,
  }),
});

const organizations = defineCollection({
  loader: async () =>
    fetchAllNodes('organizations', async (page) => (await fetchGraphQL(OrganizationPages, page)).organizations),
  schema: z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.string().nullable(),
    district: z.string().nullable(),
    description: z.string().nullable(),
    memberCount: count,
    parent: organizationRef.nullable(),
  }),
});

export const collections = { projects, stats, organizations };
