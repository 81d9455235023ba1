// Sentences for the partner module's reasons (api/src/common/error-reasons.ts, section "partner").
import type { ReasonWords } from './words.js';

export const partner: ReasonWords = {};
