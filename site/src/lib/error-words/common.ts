// Sentences for the reasons any module may give (the first part of api/src/common/error-reasons.ts).
import { detail, type ReasonWords } from './words.js';
import { tryAgainText } from './wait.js';

export const common: ReasonWords = {
  SIGN_IN_REQUIRED: { 'zh-CN': '登录已失效，请重新登录。', en: 'You are no longer logged in. Please log in again.' },
  CREDENTIAL_INVALID: { 'zh-CN': '接口密钥或授权已失效。', en: 'The API key or access token is no longer valid.' },
  PLATFORM_STAFF_ONLY: { 'zh-CN': '只有平台工作人员可以进行此操作。', en: 'Only platform staff can do this.' },
  NOT_ALLOWED: { 'zh-CN': '没有权限进行此操作。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { 'zh-CN': '内容不存在或已下线，请刷新页面。', en: 'This no longer exists or has been taken down. Please reload the page.' },
  REQUIRED: { 'zh-CN': '请填写此项。', en: 'Please fill this in.' },
  TOO_SHORT: {
    'zh-CN': (e) => (detail(e, 'min') ? `应为 ${detail(e, 'min')} 到 ${detail(e, 'max')} 个字。` : '内容过短。'),
    en: (e) => (detail(e, 'min') ? `This must be ${detail(e, 'min')} to ${detail(e, 'max')} characters.` : 'This is too short.'),
  },
  TOO_LONG: {
    'zh-CN': (e) =>
      !detail(e, 'max')
        ? '内容过长。'
        : Number(detail(e, 'min', '0')) > 0
          ? `应为 ${detail(e, 'min')} 到 ${detail(e, 'max')} 个字。`
          : `最多 ${detail(e, 'max')} 个字。`,
    en: (e) =>
      !detail(e, 'max')
        ? 'This is too long.'
        : Number(detail(e, 'min', '0')) > 0
          ? `This must be ${detail(e, 'min')} to ${detail(e, 'max')} characters.`
          : `At most ${detail(e, 'max')} characters.`,
  },
  OUT_OF_RANGE: {
    'zh-CN': (e) => (detail(e, 'max') ? `应在 ${detail(e, 'min', '0')} 到 ${detail(e, 'max')} 之间。` : '数值超出允许范围。'),
    en: (e) => (detail(e, 'max') ? `This must be between ${detail(e, 'min', '0')} and ${detail(e, 'max')}.` : 'This value is out of range.'),
  },
  BAD_FORMAT: {
    'zh-CN': (e) => (detail(e, 'expected') ? `格式不正确，应为 ${detail(e, 'expected')}。` : '格式不正确，请检查后重试。'),
    en: (e) =>
      detail(e, 'expected') ? `This must be in the form ${detail(e, 'expected')}.` : 'This is not in the expected form. Please check it and try again.',
  },
  CONTROL_CHARACTERS: { 'zh-CN': '不能包含控制字符或不可见字符。', en: 'This cannot contain control or invisible characters.' },
  UNSTORABLE_TEXT: {
    'zh-CN': '内容含有无法保存的字符，请删除后重试。',
    en: 'The text contains characters that cannot be saved. Please remove them and try again.',
  },
  BAD_CURSOR: { 'zh-CN': '列表已变化，请刷新页面。', en: 'The list has changed. Please reload the page.' },
  END_BEFORE_START: { 'zh-CN': '结束时间须晚于开始时间。', en: 'The end must be later than the start.' },
  TOO_MANY_REQUESTS: {
    'zh-CN': (e) => `请求过于频繁，${tryAgainText(e.retryAfter, 'zh-CN')}。`,
    en: (e) => `That is the limit for now. ${tryAgainText(e.retryAfter, 'en')}.`,
  },
  QUERY_TOO_COMPLEX: { 'zh-CN': '请求过于复杂，请刷新页面后重试。', en: 'The request was too complex. Please reload the page and try again.' },
  INVALID_QUERY: { 'zh-CN': '页面已过期，请刷新后重试。', en: 'This page is out of date. Please reload it and try again.' },
  IDEMPOTENCY_KEY_REUSED: {
    'zh-CN': '该请求已用其他内容提交过，请刷新页面后重试。',
    en: 'This request was already sent with other details. Please reload the page and try again.',
  },
  STATE_CHANGED: {
    'zh-CN': '页面载入后情况已有变化，请刷新后查看。',
    en: 'This cannot be done now: things have changed since the page loaded. Please reload it and check.',
  },
  INTERNAL: { 'zh-CN': '服务器暂时出现问题，请稍后再试。', en: 'Something went wrong on the server. Please try again later.' },
  PEOPLE_ONLY: { 'zh-CN': '接口密钥不能进行此操作，请由本人登录后操作。', en: 'An API key cannot do this: a person must log in.' },
  KEY_SCOPE_MISSING: { 'zh-CN': '该接口密钥没有相应权限。', en: 'This API key does not have the permission for this.' },
  APP_SCOPE_MISSING: { 'zh-CN': '你没有授权该应用进行此操作。', en: 'You have not allowed this app to do this.' },
  NOT_FOR_APPS: { 'zh-CN': '应用不能代替本人进行此操作，请本人登录后操作。', en: 'An app cannot do this for you: please log in yourself.' },
};
