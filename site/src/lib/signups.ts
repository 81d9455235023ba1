// Sign-ups as the islands show them: cancelling one (the activity page and the account page
// both offer it), the words for each status (a lottery's result too), and a fresh idempotency
// key for signing up.
import { CancelSignupDocument, type SignupStatus } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request } from './graphql-client';

const shiftFiguresFragment = /* GraphQL */ `
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
const drawRecordFragment = /* GraphQL */ `
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

interface SignupWords {
  status: Record<SignupStatus, string>;
  waitlisted: (position: number) => string;
  selected: string;
  /** Not drawn, then given a place someone freed. */
  movedUp: string;
  notSelected: string;
}

const WORDS: Record<Locale, SignupWords> = {
  'zh-CN': {
    status: { CONFIRMED: '已报名', WAITLISTED: '候补中', PENDING_DRAW: '待抽签', CANCELLED: '已取消', ATTENDED: '已签到', NO_SHOW: '未到场' },
    waitlisted: (n) => `候补第 ${n} 位`,
    selected: '已中签',
    movedUp: '已递补',
    notSelected: '未中签',
  },
  en: {
    status: {
      CONFIRMED: 'Signed up',
      WAITLISTED: 'On the waitlist',
      PENDING_DRAW: 'In the draw',
      CANCELLED: 'Cancelled',
      ATTENDED: 'Attended',
      NO_SHOW: 'Did not attend',
    },
    waitlisted: (n) => `Waitlist position ${n}`,
    selected: 'Selected in the draw',
    movedUp: 'Place from the waitlist',
    notSelected: 'Not selected',
  },
};

export interface SignupState {
  status: SignupStatus;
  waitlistPosition?: number | null;
  /** LOTTERY: place in the draw (1 = drawn first); null for first come and before the draw. */
  drawPosition?: number | null;
}

/**
 * `已报名`, `候补第 2 位` while waitlisted; for a drawn lottery entry (given how many of the
 * draw got places) `已中签`, `已递补` (a place freed later) or `未中签`; in English on English pages.
 */
export function signupLabel(signup: SignupState, locale: Locale, selectedCount?: number | null): string {
  const { status, waitlistPosition, drawPosition } = signup;
  const w = WORDS[locale];
  if (status === 'WAITLISTED' && waitlistPosition) return w.waitlisted(waitlistPosition);
  if (drawPosition && selectedCount != null) {
    const selected = drawPosition <= selectedCount;
    if (status === 'CONFIRMED') return selected ? w.selected : w.movedUp;
    if (status === 'CANCELLED' && !selected) return w.notSelected;
  }
  return w.status[status];
}

export function cancelSignup(id: string) {
  return request(CancelSignupDocument, { id });
}

/** 32 hex digits from the browser's CSPRNG (randomUUID needs a secure context; this does not). */
export function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
