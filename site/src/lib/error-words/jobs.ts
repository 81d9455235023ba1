// Sentences for the jobs module's reasons (api/src/common/error-reasons.ts, section "jobs").
import type { ReasonWords } from './words.js';

export const jobs: ReasonWords = {};
