// Sentences for the project module's reasons (api/src/common/error-reasons.ts, section "project").
import type { ReasonWords } from './words.js';

export const project: ReasonWords = {};
