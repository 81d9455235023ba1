// Sentences for the ledger module's reasons (api/src/common/error-reasons.ts, section "ledger").
import type { ReasonWords } from './words';

export const ledger: ReasonWords = {};
