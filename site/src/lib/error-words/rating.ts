// Sentences for the rating module's reasons (api/src/common/error-reasons.ts, section "rating").
import type { ReasonWords } from './words';

export const rating: ReasonWords = {};
