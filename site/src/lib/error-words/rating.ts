// Sentences for the rating module's reasons (api/src/common/error-reasons.ts, section "rating").
import type { ReasonWords } from './words.js';

export const rating: ReasonWords = {};
