// Opaque, time-ordered, type-prefixed identifiers ("prj_01JD…"), so `node(id)` knows the
// type from the ID alone and keyset pagination by ID follows creation order.
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ID_PREFIXES = {
  Organization: 'org',
  Volunteer: 'vol',
  Membership: 'mem',
  Project: 'prj',
  Shift: 'sft',
  Session: 'ses',
  Signup: 'sgn',
  NewsArticle: 'nws',
  RoleModel: 'rlm',
  Showcase: 'shw',
  PartnerKey: 'pak',
  Webhook: 'whk',
  HourEntry: 'hre',
  HourCorrectionRequest: 'hcr',
  TrustedDevice: 'dev',
  MembershipRequest: 'mrq',
  Image: 'img',
  Rating: 'rat',
  ServiceRequest: 'srq',
  ServiceRequestClaim: 'src',
  Broadcast: 'brd',
  OAuthApp: 'app',
  ConnectedApp: 'agr',
  AppToken: 'atk',
  Contest: 'cst',
  ContestCategory: 'ccg',
  ContestEntry: 'cen',
  ContestJudge: 'cjd',
  ContestScore: 'csc',
  ContestVote: 'cvt',
  QualificationKind: 'qlk',
  Course: 'crs',
  CourseSession: 'css',
  Enrolment: 'enr',
  Qualification: 'qlf',
  Story: 'sty',
  StoryReport: 'srp',
  Station: 'stn',
  StationRotaEntry: 'sre',
  StationDuty: 'sdt',
  StationSwap: 'sws',
} as const;

export type NodeTypeName = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[NodeTypeName];

const typeByPrefix = new Map<string, NodeTypeName>(Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as NodeTypeName]));

/** A ULID (48-bit millisecond time + 80 random bits, Crockford base32) behind a type prefix. */
export function newId(prefix: IdPrefix, time: number = Date.now()): string {
  let out = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[t % 32] + out;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(10);
  let bits = 0;
  let value = 0;
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
  }
  return `${prefix}_${out}`;
}

const ID_SHAPE = /^([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}$/;

/** The node type an ID names, or null when the string is not one of our IDs. */
export function nodeTypeOf(id: string): NodeTypeName | null {
  const match = ID_SHAPE.exec(id);
  return match ? (typeByPrefix.get(match[1]) ?? null) : null;
}
