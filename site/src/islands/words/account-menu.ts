// The words of the header's account corner (AccountMenu), in both languages. The English ones
// are short: they share the corner's fixed box with the volunteer's name (account-menu.css).
import type { Locale } from '../../i18n/locales';

export interface AccountMenuWords {
  label: string;
  signedInAs: string;
  account: string;
  logOut: string;
  logIn: string;
  register: string;
  out: string;
  outFailed: (why: string) => string;
}

export const ACCOUNT_MENU_WORDS: Record<Locale, AccountMenuWords> = {
  'zh-CN': {
    label: '账户',
    signedInAs: '已登录：',
    account: '我的',
    logOut: '退出',
    logIn: '登录',
    register: '注册',
    out: '已退出登录。',
    outFailed: (why) => `退出失败：${why}`,
  },
  en: {
    label: 'Account',
    signedInAs: 'Logged in as ',
    account: 'Me',
    logOut: 'Log out',
    logIn: 'Log in',
    register: 'Register',
    out: 'You are logged out.',
    outFailed: (why) => `Could not log out: ${why}`,
  },
};
