// Sentences for the partner module's reasons (api/src/common/error-reasons.ts, section "partner").
import { detail, type ReasonWords } from './words.js';

export const partner: ReasonWords = {
  KEY_LIMIT_REACHED: {
    'zh-CN': (e) => `每个组织最多 ${detail(e, 'max', '20')} 个有效密钥，请先吊销不用的密钥。`,
    en: (e) => `A team can have at most ${detail(e, 'max', '20')} live keys: revoke one you no longer use first.`,
  },
};
