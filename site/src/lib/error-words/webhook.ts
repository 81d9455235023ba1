// Sentences for the webhook module's reasons (api/src/common/error-reasons.ts, section "webhook").
import type { ReasonWords } from './words';

export const webhook: ReasonWords = {};
