// The words of the request to accept a changed user agreement or privacy policy (ConsentRequest).
import type { Locale } from '../../i18n/locales';

export interface ConsentWords {
  title: string;
  lead: string;
  version: (v: string) => string;
  accept: string;
  accepting: string;
  decline: string;
  declined: string;
  failed: (why: string) => string;
}

export const CONSENT_WORDS: Record<Locale, ConsentWords> = {
  'zh-CN': {
    title: '请阅读并同意更新后的条款',
    lead: '以下文件已更新。请阅读后同意，再继续使用平台；如不同意，可以退出登录，或在“我的账户”中注销账户。',
    version: (v) => `（${v} 版）`,
    accept: '我已阅读并同意',
    accepting: '正在提交……',
    decline: '暂不同意，退出登录',
    declined: '已退出登录。',
    failed: (why) => `提交失败：${why}`,
  },
  en: {
    title: 'Please read and accept the updated terms',
    lead: 'The documents below have changed. Read them and accept them to go on using the platform; if you do not accept, you can log out, or close your account under My account.',
    version: (v) => ` (version ${v})`,
    accept: 'I have read and accept them',
    accepting: 'Sending…',
    decline: 'Not now: log out',
    declined: 'You are logged out.',
    failed: (why) => `Could not send: ${why}`,
  },
};
