// Sentences for the oauth module's reasons (api/src/common/error-reasons.ts, section "oauth").
import type { ReasonWords } from './words.js';

export const oauth: ReasonWords = {
  REDIRECT_URI_NOT_ALLOWED: {
    'zh-CN': '回调地址须为 https 地址、本机 http 地址或应用自有协议（如 com.example.app:/callback），且不含 #。',
    en: 'A redirect address is an https address, an http address on this machine or the app’s own scheme (such as com.example.app:/callback), without #.',
  },
  REDIRECT_URI_NOT_REGISTERED: { 'zh-CN': '回调地址不是该应用登记的地址。', en: 'The redirect address is not one the app registered.' },
  APP_UNKNOWN: { 'zh-CN': '该应用不存在或已停用。', en: 'This app does not exist or has been disabled.' },
  PKCE_REQUIRED: {
    'zh-CN': '须使用 PKCE：code_challenge_method=S256 及有效的 code_challenge。',
    en: 'The request must use PKCE: code_challenge_method=S256 and a valid code_challenge.',
  },
  SCOPE_NOT_REGISTERED: { 'zh-CN': '该应用申请的权限无效或超出登记范围。', en: 'The app asks for permissions that are invalid or beyond what it registered.' },
};
