// Sentences for the audit module's reasons (api/src/common/error-reasons.ts, section "audit").
import type { ReasonWords } from './words.js';

export const audit: ReasonWords = {};
