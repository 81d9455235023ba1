// The words of the register and log-in forms (RegisterForm, LoginForm), in both languages. `fields` word the API's errors
// about a field where the form says more than the error's reason does (lib/api-messages.ts).
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

type RegisterField = 'realName' | 'idNumber' | 'phone' | 'phoneCode' | 'password' | 'email' | 'district' | 'guardianName' | 'guardianPhone';

export interface FormWords {
  register: {
    labels: Record<RegisterField, string>;
    hints: Partial<Record<RegisterField, string>>;
    missing: (label: string) => string;
    missingSome: string;
    sending: string;
    done: (volunteerNumber: string) => string;
    /** The status line naming the field its error is about. */
    about: (label: string, message: string) => string;
    guardian: string;
    guardianHint: string;
    privacy: string;
    /** The consent box: before the agreement's link, the link, between, the policy's link, after. */
    consent: readonly [string, string, string, string, string];
    consentMissing: string;
    submit: string;
    submitting: string;
    haveAccount: string;
    logIn: string;
    fields: FieldSentences;
  };
  login: {
    login: string;
    password: string;
    missingLogin: string;
    missingPassword: string;
    missingBoth: string;
    sending: string;
    welcome: (name: string) => string;
    locked: (wait: string, until: string) => string;
    wrong: string;
    wrongStatus: string;
    submit: string;
    submitting: string;
    noAccount: string;
    register: string;
    signedIn: [string, string];
    toAccount: string;
    fields: FieldSentences;
  };
}

const zh: FormWords = {
  register: {
    labels: {
      realName: '姓名',
      idNumber: '身份证号',
      phone: '手机号',
      phoneCode: '短信验证码',
      password: '密码',
      email: '邮箱',
      district: '所在区县',
      guardianName: '监护人姓名',
      guardianPhone: '监护人手机号',
    },
    hints: {
      realName: '与身份证上的姓名一致',
      idNumber: '18位，最后一位可能是 X',
      phone: '用于登录和接收活动通知',
      password: '至少8位',
      email: '也可以用邮箱登录',
      district: '例如：龙华区，便于为你推荐附近的活动',
    },
    missing: (label) => `请填写${label}`,
    missingSome: '还有必填项没有填写，请按提示补充。',
    sending: '正在提交……',
    done: (n) => `注册成功！你的志愿者编号是 ${n}，正在进入……`,
    about: (label, message) => `${label}：${message}`,
    guardian: '监护人信息',
    guardianHint: '未满14周岁的志愿者需在监护人同意下注册，请填写监护人的姓名和手机号。',
    privacy: '身份证号和手机号加密保存，页面上只显示部分号码。',
    consent: ['我已阅读并同意', '《用户协议》', '和', '《隐私政策》', '，同意平台为实名注册和记录志愿服务处理我的个人信息'],
    consentMissing: '请先阅读并勾选同意《用户协议》和《隐私政策》。',
    submit: '注册',
    submitting: '正在注册……',
    haveAccount: '已有账号？',
    logIn: '直接登录',
    fields: {
      'CONFLICT.idNumber': '该身份证号已注册，请直接登录。',
      'CONFLICT.phone': '该手机号已注册，请直接登录。',
      'CONFLICT.email': '该邮箱已注册，请直接登录。',
    },
  },
  login: {
    login: '手机号或邮箱',
    password: '密码',
    missingLogin: '请填写手机号或邮箱',
    missingPassword: '请填写密码',
    missingBoth: '请填写手机号或邮箱和密码。',
    sending: '正在登录……',
    welcome: (name) => `登录成功，欢迎你，${name}。正在进入……`,
    locked: (wait, until) => `登录失败次数过多，已暂时锁定。请 ${wait}后（${until} 以后）再试。`,
    wrong: '手机号/邮箱或密码错误',
    wrongStatus: '手机号/邮箱或密码错误，请重新输入。',
    submit: '登录',
    submitting: '正在登录……',
    noAccount: '还没有账号？',
    register: '注册成为志愿者',
    signedIn: ['你已登录：', '。'],
    toAccount: '进入我的账户',
    fields: {},
  },
};

const en: FormWords = {
  register: {
    labels: {
      realName: 'Full name',
      idNumber: 'Resident ID number',
      phone: 'Mobile number',
      phoneCode: 'SMS code',
      password: 'Password',
      email: 'Email',
      district: 'District',
      guardianName: 'Guardian’s name',
      guardianPhone: 'Guardian’s mobile number',
    },
    hints: {
      realName: 'As on your ID card',
      idNumber: 'Your PRC resident identity card number: 18 characters, the last may be X',
      phone: 'A mainland China number, for logging in and activity notices',
      password: 'At least 8 characters',
      email: 'You can log in with it too',
      district: 'Where you live, to suggest activities near you',
    },
    missing: (label) => `Enter your ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    missingSome: 'Some required fields are empty: see the notes next to them.',
    sending: 'Sending…',
    done: (n) => `You are registered. Your volunteer number is ${n}. Opening your account…`,
    about: (label, message) => `${label}: ${message}`,
    guardian: 'Guardian',
    guardianHint: 'Volunteers under 14 register with a guardian’s consent: enter your guardian’s name and mobile number.',
    privacy: 'Your ID and mobile numbers are stored encrypted; pages show only part of them.',
    consent: [
      'I have read and accept the ',
      'user agreement',
      ' and the ',
      'privacy policy',
      ', and agree that the platform handles my personal information for real-name registration and service records',
    ],
    consentMissing: 'Please read and accept the user agreement and the privacy policy first.',
    submit: 'Register',
    submitting: 'Registering…',
    haveAccount: 'Already registered? ',
    logIn: 'Log in',
    fields: {
      'CONFLICT.idNumber': 'This ID number is registered already: please log in.',
      'CONFLICT.phone': 'This mobile number is registered already: please log in.',
      'CONFLICT.email': 'This email is registered already: please log in.',
      realName: 'Enter the name on the ID card: 2 to 30 characters, Chinese characters, letters and the middle dot (·).',
      guardianName: 'Enter the guardian’s name: 2 to 30 characters, Chinese characters, letters and the middle dot (·).',
      guardianPhone: 'Enter the guardian’s 11-digit mainland China mobile number.',
    },
  },
  login: {
    login: 'Mobile number or email',
    password: 'Password',
    missingLogin: 'Enter your mobile number or email',
    missingPassword: 'Enter your password',
    missingBoth: 'Enter your mobile number or email and your password.',
    sending: 'Logging in…',
    welcome: (name) => `Welcome, ${name}. Opening your account…`,
    locked: (wait, until) => `Too many failed attempts: the account is locked for now. Try again in ${wait} (after ${until}).`,
    wrong: 'Wrong mobile number, email or password',
    wrongStatus: 'Wrong mobile number, email or password. Please try again.',
    submit: 'Log in',
    submitting: 'Logging in…',
    noAccount: 'No account yet? ',
    register: 'Register as a volunteer',
    signedIn: ['You are logged in as ', '.'],
    toAccount: 'Go to my account',
    fields: { login: 'Enter a mainland China mobile number or an email address.' },
  },
};

export const FORM_WORDS: Record<Locale, FormWords> = { 'zh-CN': zh, en };
