// What the islands tell people when an operation fails, in the page's language. The API's rule
// errors carry a Chinese message fit to show on Chinese pages; codes whose message is technical
// (English) get a sentence of their own here. English pages cannot use the API's message: their
// sentences (api-messages-en) are loaded when a failure happens, so the code that every island
// shares stays small.
import type { Locale } from '../i18n/locales';
import type { ApiError, ApiFailure } from './graphql-client';
import type { FieldSentences } from './api-messages-en';

export type { FieldSentences } from './api-messages-en';

const NETWORK: Record<Locale, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试。',
  en: 'Cannot reach the server. Check your connection and try again.',
};
export const NETWORK_MESSAGE = NETWORK['zh-CN'];

export function networkText(locale: Locale): string {
  return NETWORK[locale];
}

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '没有权限进行此操作。',
  NOT_FOUND: '内容不存在或已下线，请刷新页面。',
  CAPACITY_REACHED: '该时段名额已满。',
  QUERY_TOO_COMPLEX: '请求过于复杂，请刷新页面后重试。',
  INTERNAL_SERVER_ERROR: '服务器暂时出现问题，请稍后再试。',
};

// CONFLICTs whose reason says more than the code (the lottery's registration window).
const BY_REASON: Record<string, string> = {
  REGISTRATION_NOT_OPEN: '抽签报名尚未开始，请在报名时间内参加。',
  DRAW_PENDING: '报名已截止，正在抽签，请稍后刷新查看结果。',
};

const HAN = /\p{Script=Han}/u;

/** "15 分钟" or "24 小时" (as in 请…后再试), from RATE_LIMITED's retryAfter in seconds. */
export function retryAfterText(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} 秒` : seconds < 3600 ? `${Math.ceil(seconds / 60)} 分钟` : `${Math.ceil(seconds / 3600)} 小时`;
}

/** One error as a Chinese sentence: the API's own Chinese message when it has one. */
export function chineseErrorText(error: ApiError): string {
  // The API says what the limit is about (sign-ins, certificates) and how long to wait.
  if (error.code === 'RATE_LIMITED' && HAN.test(error.message)) return `${error.message}。`;
  if (error.code === 'RATE_LIMITED' && error.retryAfter) return `尝试次数过多，请 ${retryAfterText(error.retryAfter)}后再试。`;
  if (error.reason && BY_REASON[error.reason]) return BY_REASON[error.reason];
  if (HAN.test(error.message) && error.code !== 'INTERNAL_SERVER_ERROR') return error.message;
  return BY_CODE[error.code] ?? BY_CODE.INTERNAL_SERVER_ERROR;
}

/** A failed operation as one Chinese sentence (pages in Chinese only, such as the coordinators' console). */
export function chineseFailureText(failure: ApiFailure): string {
  return failure.network ? NETWORK['zh-CN'] : chineseErrorText(failure.errors[0]);
}

/**
 * One error as a sentence: on Chinese pages the API's own Chinese message when it has one; on
 * English pages one chosen by the error's reason, field (`own`: the island's sentences for its
 * fields) and code.
 */
export async function errorText(error: ApiError, locale: Locale, own: FieldSentences = {}): Promise<string> {
  if (locale !== 'en') return chineseErrorText(error);
  try {
    return (await import('./api-messages-en')).englishErrorText(error, own);
  } catch {
    // The sentences could not be loaded either.
    return NETWORK.en;
  }
}

/** A failed operation as one sentence. */
export async function failureText(failure: ApiFailure, locale: Locale, own?: FieldSentences): Promise<string> {
  return failure.network ? NETWORK[locale] : errorText(failure.errors[0], locale, own);
}
