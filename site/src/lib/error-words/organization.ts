// Sentences for the organization module's reasons (api/src/common/error-reasons.ts, section "organization").
import type { ReasonWords } from './words';

export const organization: ReasonWords = {};
