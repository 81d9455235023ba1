// How long to wait, from RATE_LIMITED's retryAfter in seconds, in both languages.
import type { Locale } from '../../i18n/locales.js';

/** "15 分钟" or "15 minutes". */
export function waitText(seconds: number, locale: Locale): string {
  const [n, unit] = seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 0] : seconds < 3600 ? [Math.ceil(seconds / 60), 1] : [Math.ceil(seconds / 3600), 2];
  if (locale === 'en') return `${n} ${['second', 'minute', 'hour'][unit]}${n === 1 ? '' : 's'}`;
  return `${n} ${['秒', '分钟', '小时'][unit]}`;
}

/** "请 15 分钟后再试" or "Please try again in 15 minutes" (without a wait: later). */
export function tryAgainText(seconds: number | undefined, locale: Locale): string {
  if (locale === 'en') return seconds ? `Please try again in ${waitText(seconds, 'en')}` : 'Please try again later';
  return seconds ? `请 ${waitText(seconds, 'zh-CN')}后再试` : '请稍后再试';
}
