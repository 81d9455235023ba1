// Sentences for the oauth module's reasons (api/src/common/error-reasons.ts, section "oauth").
import type { ReasonWords } from './words';

export const oauth: ReasonWords = {};
