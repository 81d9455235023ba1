// The words of SMS codes (registration, a forgotten password) in both languages.
import type { Locale } from '../../i18n/locales';

export interface CodeWords {
  code: string;
  emailCode: string;
  needEmail: string;
  codeHint: string;
  send: string;
  sending: string;
  resend: (seconds: number) => string;
  sent: (to: string) => string;
  needPhone: string;
  needCode: string;
  reset: {
    title: string;
    lead: string;
    by: string;
    byPhone: string;
    byEmail: string;
    email: string;
    phone: string;
    newPassword: string;
    newPasswordHint: string;
    submit: string;
    submitting: string;
    done: string;
    logIn: string;
    needPassword: string;
  };
  forgot: string;
}

const zh: CodeWords = {
  code: '短信验证码',
  emailCode: '邮件验证码',
  needEmail: '请先填写邮箱',
  codeHint: '6 位数字，10 分钟内有效',
  send: '获取验证码',
  sending: '正在发送……',
  resend: (s) => `${s} 秒后可重新获取`,
  sent: (to) => `验证码已发送至 ${to}。`,
  needPhone: '请先填写手机号',
  needCode: '请输入短信中的 6 位验证码',
  reset: {
    title: '重设密码',
    lead: '用注册时的手机号或邮箱接收验证码，设置新密码。重设后所有设备都需要重新登录。',
    by: '接收验证码的方式',
    byPhone: '手机短信',
    byEmail: '电子邮件',
    email: '邮箱',
    phone: '手机号',
    newPassword: '新密码',
    newPasswordHint: '至少 8 位',
    submit: '重设密码',
    submitting: '正在重设……',
    done: '密码已重设，请用新密码登录。',
    logIn: '去登录',
    needPassword: '请设置至少 8 位的新密码',
  },
  forgot: '忘记密码？',
};

const en: CodeWords = {
  code: 'SMS code',
  emailCode: 'Code from the email',
  needEmail: 'Enter your email address first',
  codeHint: '6 digits, valid for 10 minutes',
  send: 'Send code',
  sending: 'Sending…',
  resend: (s) => `New code in ${s} s`,
  sent: (to) => `The code is on its way to ${to}.`,
  needPhone: 'Enter your mobile number first',
  needCode: 'Enter the 6-digit code from the text message',
  reset: {
    title: 'Reset your password',
    lead: 'Get a code on the mobile number or email you registered with and set a new password. Every device then needs to log in again.',
    by: 'Get the code by',
    byPhone: 'Text message',
    byEmail: 'Email',
    email: 'Email address',
    phone: 'Mobile number',
    newPassword: 'New password',
    newPasswordHint: 'At least 8 characters',
    submit: 'Reset password',
    submitting: 'Resetting…',
    done: 'Your password is reset: log in with the new one.',
    logIn: 'Log in',
    needPassword: 'Choose a new password of at least 8 characters',
  },
  forgot: 'Forgot your password?',
};

export const CODE_WORDS: Record<Locale, CodeWords> = { 'zh-CN': zh, en };
