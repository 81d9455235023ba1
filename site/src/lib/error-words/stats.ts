// Sentences for the stats module's reasons (api/src/common/error-reasons.ts, section "stats").
import type { ReasonWords } from './words.js';

export const stats: ReasonWords = {};
