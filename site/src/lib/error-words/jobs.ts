// Sentences for the jobs module's reasons (api/src/common/error-reasons.ts, section "jobs").
import type { ReasonWords } from './words';

export const jobs: ReasonWords = {};
