// Sentences for the story module's reasons (api/src/common/error-reasons.ts, section "story").
import type { ReasonWords } from './words.js';

export const story: ReasonWords = {
  STORY_NOT_ATTENDED: {
    'zh-CN': '参加过该活动（已签到或已登记服务时长）并且时段结束后才能写心得。',
    en: 'You can write a story of an activity once you have attended it (checked in or with hours recorded) and your shift has ended.',
  },
};
