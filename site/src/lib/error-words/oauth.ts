// Sentences for the oauth module's reasons (api/src/common/error-reasons.ts, section "oauth").
import type { ReasonWords } from './words.js';

export const oauth: ReasonWords = {};
