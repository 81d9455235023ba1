// Sentences for the image module's reasons (api/src/common/error-reasons.ts, section "image").
import type { ReasonWords } from './words.js';

export const image: ReasonWords = {};
