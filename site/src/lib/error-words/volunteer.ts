// Sentences for the volunteer module's reasons (api/src/common/error-reasons.ts, section "volunteer").
import type { ReasonWords } from './words.js';

export const volunteer: ReasonWords = {};
