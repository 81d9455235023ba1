// Sentences for the broadcast module's reasons (api/src/common/error-reasons.ts, section "broadcast").
import type { ReasonWords } from './words.js';

export const broadcast: ReasonWords = {};
