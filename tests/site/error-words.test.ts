// The site words every error reason the API can give, in both languages, and no reason it cannot.
import { describe, expect, it } from 'vitest';
import { Reason } from '../../api/src/common/error-reasons.js';
import { REASON_WORDS, reasonText } from '../../site/src/lib/error-words/index.js';
import { LOCALES } from '../../site/src/i18n/locales.js';
import type { ApiError } from '../../site/src/lib/graphql-client.js';

const error = (reason: string, details: Record<string, unknown> = {}): ApiError => ({ message: 'x', code: 'BAD_USER_INPUT', reason, details });

describe('the sentences for error reasons', () => {
  it('cover exactly the reasons the API declares', () => {
    expect(Object.keys(REASON_WORDS).sort()).toEqual(Object.values(Reason).sort());
  });

  it('say something whole in each language, even when the error carries no details', () => {
    for (const reason of Object.values(Reason)) {
      for (const locale of LOCALES) {
        const text = reasonText(error(reason), locale);
        expect(text, `${reason} in ${locale}`).toMatch(locale === 'en' ? /^[A-Z].*[.?!)]$/ : /\p{Script=Han}/u);
        expect(text, `${reason} in ${locale}`).not.toMatch(/undefined|NaN|null|\$\{/);
      }
    }
  });

  it('use the details an error carries', () => {
    expect(reasonText(error(Reason.TOO_LONG, { max: 200 }), 'zh-CN')).toBe('最多 200 个字。');
    expect(reasonText(error(Reason.TOO_LONG, { max: 200 }), 'en')).toBe('At most 200 characters.');
    expect(reasonText({ ...error(Reason.TOO_MANY_REQUESTS), retryAfter: 120 }, 'en')).toBe('That is the limit for now. Please try again in 2 minutes.');
  });

  it('fall back on the sense of the code for a reason this site does not know', () => {
    expect(reasonText({ ...error('SOMETHING_NEW'), code: 'CONFLICT' }, 'zh-CN')).toBe(reasonText(error(Reason.STATE_CHANGED), 'zh-CN'));
    expect(reasonText({ ...error('SOMETHING_NEW'), code: 'WHATEVER' }, 'en')).toBe(reasonText(error(Reason.INTERNAL), 'en'));
  });
});
