// Sentences for the stats module's reasons (api/src/common/error-reasons.ts, section "stats").
import type { ReasonWords } from './words';

export const stats: ReasonWords = {};
