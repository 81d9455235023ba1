// The lottery's draw order, as a pure function anyone can re-run from the published record:
// each entry's key is SHA-256(seed ‖ UTF-8 sign-up ID); entries are drawn in ascending key
// order. With a seed fixed (and its commitment published) before entries close, the order
// is a uniformly random permutation nobody could choose, and any auditor can recompute it.
import { createHash, randomBytes } from 'node:crypto';

export const DRAW_ALGORITHM = 'sha256-rank/v1';

/** A fresh 256-bit seed, drawn when a lottery shift is created. */
export function newDrawSeed(): Buffer {
  return randomBytes(32);
}

/** SHA-256 of the seed, published before the draw so the seed cannot be changed afterwards. */
export function seedCommitment(seed: Buffer): string {
  return createHash('sha256').update(seed).digest('hex');
}

function drawKey(seed: Buffer, entryId: string): Buffer {
  return createHash('sha256').update(seed).update(entryId, 'utf8').digest();
}

/** The entries (sign-up IDs) in draw order; the input order does not matter. */
export function drawOrder(seed: Buffer, entryIds: readonly string[]): string[] {
  return entryIds
    .map((id) => ({ id, key: drawKey(seed, id) }))
    .sort((a, b) => Buffer.compare(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

export interface PublishedDraw {
  algorithm: string;
  seedCommitment: string;
  /** Hex, as Shift.draw.seed shows it. */
  seed: string;
  /** Sign-up IDs in draw order, as Shift.draw.entries shows them. */
  entries: readonly string[];
}

/** Checks a published draw: the seed matches its commitment and re-running the draw gives the same order. */
export function verifyDraw(draw: PublishedDraw): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  if (draw.algorithm !== DRAW_ALGORITHM) problems.push(`unknown algorithm ${draw.algorithm}`);
  if (!/^[0-9a-f]{64}$/i.test(draw.seed)) problems.push('the seed is not 256 bits of hex');
  const seed = Buffer.from(draw.seed, 'hex');
  if (seedCommitment(seed) !== draw.seedCommitment.toLowerCase()) problems.push('the seed does not match its commitment');
  const again = drawOrder(seed, draw.entries);
  const moved = again.findIndex((id, i) => id !== draw.entries[i]);
  if (moved >= 0) problems.push(`the order differs from position ${moved + 1}`);
  return { ok: problems.length === 0, problems };
}
