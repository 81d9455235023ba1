// Sentences for the content module's reasons (api/src/common/error-reasons.ts, section "content").
import type { ReasonWords } from './words.js';

export const content: ReasonWords = {};
