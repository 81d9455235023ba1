// A team's activities with their shifts, for the back office's shift pickers (签到, 群发通知).
import type { ManageTeamShiftsQuery, ManageTeamShiftsQueryVariables } from '../gql/graphql';
import { operation } from './manage-operation';

export const teamShiftsQuery = operation<ManageTeamShiftsQuery, ManageTeamShiftsQueryVariables>(/* GraphQL */ `
  query ManageTeamShifts($filter: ProjectFilter!) {
    projects(first: 50, filter: $filter) {
      nodes {
        id
        title
        status
        shifts {
          id
          startsAt
          endsAt
        }
      }
    }
  }
`);
