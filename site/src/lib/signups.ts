// Sign-ups as the islands show them: cancelling one (the activity page and the account page
// both offer it), the words for each status (a lottery's result too), and a fresh idempotency
// key for signing up.
import { CancelSignupDocument, type SignupStatus } from '../gql/graphql';
import { request } from './graphql-client';

const shiftFigures = /* GraphQL */ `
  fragment ShiftFigures on Shift {
    id
    remaining
    confirmedCount
    capacity
    waitlistCount
    entrantCount
  }
`;

// A lottery's public record, as the activity page shows it (and builds it).
const drawRecord = /* GraphQL */ `
  fragment DrawRecord on ShiftDraw {
    algorithm
    seedCommitment
    seed
    drawnAt
    entrantCount
    selectedCount
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

export interface SignupState {
  status: SignupStatus;
  waitlistPosition?: number | null;
  /** LOTTERY: place in the draw (1 = drawn first); null for first come and before the draw. */
  drawPosition?: number | null;
}

/**
 * `已报名`, `候补第 2 位` while waitlisted; for a drawn lottery entry (given how many of the
 * draw got places) `已中签`, `已递补` (a place freed later) or `未中签`.
 */
export function signupLabel(signup: SignupState, selectedCount?: number | null): string {
  const { status, waitlistPosition, drawPosition } = signup;
  if (status === 'WAITLISTED' && waitlistPosition) return `候补第 ${waitlistPosition} 位`;
  if (drawPosition && selectedCount != null) {
    const selected = drawPosition <= selectedCount;
    if (status === 'CONFIRMED') return selected ? '已中签' : '已递补';
    if (status === 'CANCELLED' && !selected) return '未中签';
  }
  return STATUS_LABEL[status];
}

export function cancelSignup(id: string) {
  return request(CancelSignupDocument, { id });
}

/** 32 hex digits from the browser's CSPRNG (randomUUID needs a secure context; this does not). */
export function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
