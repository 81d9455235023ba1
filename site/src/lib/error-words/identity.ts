// Sentences for the identity module's reasons (api/src/common/error-reasons.ts, section "identity").
import type { ReasonWords } from './words';

export const identity: ReasonWords = {};
