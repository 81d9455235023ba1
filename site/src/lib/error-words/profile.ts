// Sentences for the profile module's reasons (api/src/common/error-reasons.ts, section "profile").
import type { ReasonWords } from './words.js';

export const profile: ReasonWords = {
  GUARDIAN_CONSENT_REQUIRED: {
    'zh-CN': '未满 18 周岁的志愿者公开个人主页需要监护人同意：请勾选“监护人同意”并填写监护人姓名。',
    en: "Under 18, your public page needs your guardian's consent: tick that your guardian agrees and type their name.",
  },
  GUARDIAN_NAME_MISMATCH: {
    'zh-CN': '监护人姓名与注册时登记的不一致，请填写注册时登记的监护人姓名。',
    en: "That is not the guardian's name given at registration; type the name given then.",
  },
};
