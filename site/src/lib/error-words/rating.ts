// Sentences for the rating module's reasons (api/src/common/error-reasons.ts, section "rating").
import type { ReasonWords } from './words.js';

export const rating: ReasonWords = {
  NOT_ATTENDED: {
    'zh-CN': '参加过该活动（已签到或已登记服务时长）并且时段结束后才能评价。',
    en: 'You can rate an activity once you have attended it (checked in or with hours recorded) and your shift has ended.',
  },
  ALREADY_RATED: { 'zh-CN': '你已评价过该活动，评价提交后不能修改。', en: 'You have already rated this activity.' },
  NO_COMMENT_TO_HIDE: { 'zh-CN': '该评价没有留言，无需隐藏。', en: 'This rating has no comment to hide.' },
};
