// The few words of the form parts every form island shares (Field, FormStatus), in both
// languages: kept apart from the forms' own words so that each island ships only its own.
import type { Locale } from '../../i18n/locales';

export const FIELD_WORDS: Record<Locale, { optional: string; goToLogIn: string }> = {
  'zh-CN': { optional: '（选填）', goToLogIn: '去登录' },
  en: { optional: ' (optional)', goToLogIn: 'Log in' },
};
