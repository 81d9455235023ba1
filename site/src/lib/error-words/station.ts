// Sentences for the station module's reasons (api/src/common/error-reasons.ts, section "station").
import type { ReasonWords } from './words.js';

export const station: ReasonWords = {
  DUTY_HAS_SIGNUPS: {
    'zh-CN': '这一天已有志愿者报名值班，不能换班；请先与报名的志愿者沟通并取消报名。',
    en: 'Volunteers have signed up for this duty day, so it cannot be swapped; cancel their sign-ups with them first.',
  },
  SWAP_NOT_PENDING: { 'zh-CN': '这条换班申请已经处理过了，请刷新页面。', en: 'This swap request has been answered already; reload the page.' },
  SWAP_NOT_POSSIBLE: {
    'zh-CN': '只能与另一支队伍交换尚未到来的值班日。',
    en: "A swap exchanges one of your team's coming duty days with another team's coming day.",
  },
};
