// Sentences for the outbox module's reasons (api/src/common/error-reasons.ts, section "outbox").
import type { ReasonWords } from './words.js';

export const outbox: ReasonWords = {};
