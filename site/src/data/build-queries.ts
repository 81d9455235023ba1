// The GraphQL operations the site's build asks the API (the content collections of
// src/content.config.ts and the bulk collections of src/data/bulk.ts): codegen makes their types
// and the zod schemas each answer is checked against (src/gql/zod.ts) from this file.
import { graphql } from '../gql';

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

export const ProjectPages = graphql(`
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

export const HomePage = graphql(`
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

export const SiteDetails = graphql(`
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

export const OrganizationPages = graphql(`
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

export const NewsPages = graphql(`
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

export const RoleModelPages = graphql(`
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

export const ShowcasePages = graphql(`
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

export const StoryPages = graphql(`
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

export const StationPages = graphql(`
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

export const DistrictLeaderboard = graphql(`
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
export const ServiceRequestPages = graphql(`
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

export const ServiceRequestFigures = graphql(`
  query ServiceRequestFigures {
    serviceRequestFigures {
      district
      met
    }
  }
`);
