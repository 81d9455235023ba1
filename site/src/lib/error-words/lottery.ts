// Sentences for the lottery module's reasons (api/src/common/error-reasons.ts, section "lottery").
import type { ReasonWords } from './words.js';

export const lottery: ReasonWords = {
  NOT_A_LOTTERY: { 'zh-CN': '该时段按报名先后分配，没有抽签。', en: 'This shift gives places first come, first served: it has no draw.' },
  REGISTRATION_STILL_OPEN: { 'zh-CN': '报名截止后才能抽签。', en: 'The draw runs after entries close.' },
};
