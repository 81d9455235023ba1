// Sign-ups as the islands show them: cancelling one (the activity page and the account page
// both offer it), the words for each status, and a fresh idempotency key for signing up.
import { CancelSignupDocument, type SignupStatus } from '../gql/graphql';
import { request } from './graphql-client';

const shiftFigures = /* GraphQL */ `
  fragment ShiftFigures on Shift {
    id
    remaining
    confirmedCount
    capacity
    waitlistCount
  }
`;

const cancelOperation = /* GraphQL */ `
  mutation CancelSignup($id: ID!) {
    cancelSignup(id: $id) {
      id
      status
      shift {
        ...ShiftFigures
      }
    }
  }
`;

const STATUS_LABEL: Record<SignupStatus, string> = {
  CONFIRMED: '已报名',
  WAITLISTED: '候补中',
  PENDING_DRAW: '待抽签',
  CANCELLED: '已取消',
  ATTENDED: '已签到',
  NO_SHOW: '未到场',
};

/** `已报名`, or `候补第 2 位` while waitlisted. */
export function signupLabel(signup: { status: SignupStatus; waitlistPosition?: number | null }): string {
  return signup.status === 'WAITLISTED' && signup.waitlistPosition ? `候补第 ${signup.waitlistPosition} 位` : STATUS_LABEL[signup.status];
}

export function cancelSignup(id: string) {
  return request(CancelSignupDocument, { id });
}

/** 32 hex digits from the browser's CSPRNG (randomUUID needs a secure context; this does not). */
export function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
