// Sentences for the webhook module's reasons (api/src/common/error-reasons.ts, section "webhook").
import type { ReasonWords } from './words.js';

export const webhook: ReasonWords = {};
