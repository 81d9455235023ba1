// Sentences for the consent module's reasons (api/src/common/error-reasons.ts, section "consent").
import type { ReasonWords } from './words';

export const consent: ReasonWords = {};
