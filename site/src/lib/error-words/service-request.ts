// Sentences for the service-request module's reasons (api/src/common/error-reasons.ts, section "service-request").
import type { ReasonWords } from './words.js';

export const serviceRequest: ReasonWords = {};
