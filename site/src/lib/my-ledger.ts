// The signed-in volunteer's part of the service-hour ledger, as "my account" shows it: service
// records, correction requests and certificates. Loaded beside the account's own query, in
// parallel, so the page appears at once; one query holding both would pass the API's cost limit.
import { MyLedgerDocument, type MyLedgerQuery } from '../gql/graphql';
import { request } from './graphql-client';

const fragments = /* GraphQL */ `
  fragment MyHourEntry on HourEntry {
    id
    kind
    minutes
    activity
    serviceDate
    place
    reason
    organization {
      id
      name
    }
    shift {
      id
      startsAt
      endsAt
    }
    reversedBy {
      id
      reason
    }
    reverses {
      id
      activity
    }
  }

  fragment MyCorrection on HourCorrectionRequest {
    id
    status
    requestedMinutes
    message
    resolution
    createdAt
    organization {
      id
      name
    }
    shift {
      id
      startsAt
      project {
        id
        title
      }
    }
    entry {
      id
      minutes
    }
  }

  fragment MyCertificate on Certificate {
    code
    issuedAt
    totalMinutes
    recordCount
    url
  }
`;

const operation = /* GraphQL */ `
  query MyLedger {
    me {
      id
      hourEntries(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyHourEntry
        }
      }
      hourCorrectionRequests(first: 20) {
        totalCount
        nodes {
          ...MyCorrection
        }
      }
      certificates(first: 5) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...MyCertificate
        }
      }
    }
  }
`;

/** The first page of each list; null when nobody is signed in. */
export type MyLedger = NonNullable<MyLedgerQuery['me']>;

export function loadMyLedger() {
  return request(MyLedgerDocument, {});
}
