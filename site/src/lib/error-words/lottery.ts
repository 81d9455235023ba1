// Sentences for the lottery module's reasons (api/src/common/error-reasons.ts, section "lottery").
import type { ReasonWords } from './words';

export const lottery: ReasonWords = {};
