// Sentences for the broadcast module's reasons (api/src/common/error-reasons.ts, section "broadcast").
import { detail, type ReasonWords } from './words.js';
import { waitText } from './wait.js';

export const broadcast: ReasonWords = {
  BROADCAST_LIMIT_REACHED: {
    'zh-CN': (e) =>
      `${detail(e, 'max') ? `每个团队 24 小时内最多群发 ${detail(e, 'max')} 条通知` : '本团队 24 小时内的群发次数已用完'}，请${e.retryAfter ? ` ${waitText(e.retryAfter, 'zh-CN')}` : '稍'}后再试。`,
    en: (e) =>
      `${detail(e, 'max') ? `A team can send at most ${detail(e, 'max')} messages in 24 hours` : 'The team has sent as many messages as it may in 24 hours'}. Please try again ${e.retryAfter ? `in ${waitText(e.retryAfter, 'en')}` : 'later'}.`,
  },
};
