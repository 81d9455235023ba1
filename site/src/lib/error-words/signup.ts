// Sentences for the signup module's reasons (api/src/common/error-reasons.ts, section "signup").
import type { ReasonWords } from './words';

export const signup: ReasonWords = {
  CAPACITY_REACHED: { 'zh-CN': '该时段名额已满。', en: 'This shift is full.' },
};
