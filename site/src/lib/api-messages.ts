// What the islands tell people when an operation fails, in Chinese. The API's rule errors
// already carry a Chinese message fit to show; codes whose message is technical (English)
// get a sentence of their own here.
import type { ApiError, ApiFailure } from './graphql-client';

export const NETWORK_MESSAGE = '无法连接服务器，请检查网络后重试。';

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

/** "请 15 分钟后再试", from RATE_LIMITED's retryAfter in seconds. */
export function retryAfterText(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

/** One error as a sentence: the API's own Chinese message when it has one. */
export function errorText(error: ApiError): string {
  if (error.code === 'RATE_LIMITED' && error.retryAfter) return `尝试次数过多，请 ${retryAfterText(error.retryAfter)}后再试。`;
  if (error.reason && BY_REASON[error.reason]) return BY_REASON[error.reason];
  if (HAN.test(error.message) && error.code !== 'INTERNAL_SERVER_ERROR') return error.message;
  return BY_CODE[error.code] ?? BY_CODE.INTERNAL_SERVER_ERROR;
}

/** A failed operation as one sentence. */
export function failureText(failure: ApiFailure): string {
  return failure.network ? NETWORK_MESSAGE : errorText(failure.errors[0]);
}
