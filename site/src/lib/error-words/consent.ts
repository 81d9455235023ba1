// Sentences for the consent module's reasons (api/src/common/error-reasons.ts, section "consent").
import { detail, type ReasonWords } from './words.js';

export const consent: ReasonWords = {
  CONSENT_REQUIRED: { 'zh-CN': '请阅读并同意《用户协议》和《隐私政策》。', en: 'Please read and accept the user agreement and the privacy policy first.' },
  CONSENT_OUTDATED: {
    'zh-CN': (e) => `《${detail(e, 'title', '用户协议')}》已更新，请阅读新版本后再同意。`,
    en: (e) => `The ${e.details.document === 'PRIVACY' ? 'privacy policy' : 'user agreement'} has changed: please read the new version and accept it again.`,
  },
};
