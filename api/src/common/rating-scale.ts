// The one scale residents and volunteers rate on: activities (rating module) and the needs a
// team answered (service-request module) both count in a team's rating.
import { Reason } from './error-reasons.js';
import { BadUserInputError } from './errors.js';

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_COMMENT = 500;

/** A whole score on the scale (OUT_OF_RANGE otherwise). */
export function checkScore(score: number): number {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
    throw new BadUserInputError('score', Reason.OUT_OF_RANGE, `score must be an integer ${MIN_SCORE}..${MAX_SCORE}`, { min: MIN_SCORE, max: MAX_SCORE });
  }
  return score;
}
