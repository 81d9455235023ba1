// Sentences for the identity module's reasons (api/src/common/error-reasons.ts, section "identity").
import { detail, type ReasonWords } from './words.js';
import { tryAgainText, waitText } from './wait.js';

export const identity: ReasonWords = {
  BAD_CREDENTIALS: { 'zh-CN': '手机号/邮箱或密码错误。', en: 'The mobile number, email or password is wrong.' },
  TOO_MANY_ATTEMPTS: {
    'zh-CN': (e) => `尝试次数过多，${tryAgainText(e.retryAfter, 'zh-CN')}。`,
    en: (e) => `Too many attempts. ${tryAgainText(e.retryAfter, 'en')}.`,
  },
  WRONG_PASSWORD: { 'zh-CN': '当前密码不正确。', en: 'The current password is not right.' },
  PASSWORD_UNCHANGED: { 'zh-CN': '新密码不能与当前密码相同。', en: 'The new password must differ from the current one.' },
  PASSWORD_LENGTH: {
    'zh-CN': (e) => `密码应为 ${detail(e, 'min', '8')} 到 ${detail(e, 'max', '128')} 位。`,
    en: (e) => `The password needs ${detail(e, 'min', '8')} to ${detail(e, 'max', '128')} characters.`,
  },
  ID_NUMBER_TAKEN: { 'zh-CN': '该身份证号已注册，请直接登录。', en: 'This ID number is registered already: please log in.' },
  PHONE_TAKEN: { 'zh-CN': '该手机号已被注册。', en: 'Another account is registered with this mobile number.' },
  EMAIL_TAKEN: { 'zh-CN': '该邮箱已被其他账户使用。', en: 'Another account uses this email.' },
  ALREADY_YOUR_PHONE: { 'zh-CN': '这已是你的手机号。', en: 'This is already your mobile number.' },
  BAD_EMAIL: { 'zh-CN': '邮箱格式不正确。', en: 'This is not an email address.' },
  BAD_PHONE: { 'zh-CN': '请输入11位中国大陆手机号。', en: 'Enter an 11-digit mainland China mobile number.' },
  NAME_LENGTH: {
    'zh-CN': (e) => `${e.field === 'name' ? '名称' : '姓名'}应为${detail(e, 'min', '2')}至${detail(e, 'max', '30')}个字。`,
    en: (e) => `A name has ${detail(e, 'min', '2')} to ${detail(e, 'max', '30')} characters.`,
  },
  NAME_CHARACTERS: { 'zh-CN': '姓名只能包含汉字、字母和间隔号。', en: 'A name may have Chinese characters, letters and the middle dot (·) only.' },
  ID_NUMBER_LENGTH: { 'zh-CN': '身份证号应为18位。', en: 'A resident ID number has 18 characters.' },
  ID_NUMBER_FORMAT: { 'zh-CN': '身份证号格式不正确：前17位应为数字，最后一位为数字或X。', en: 'A resident ID number is 17 digits followed by a digit or X.' },
  ID_NUMBER_REGION: { 'zh-CN': '身份证号的地区码不正确。', en: 'The region code at the start of this ID number does not exist.' },
  ID_NUMBER_BIRTH_DATE: { 'zh-CN': '身份证号中的出生日期不正确。', en: 'The date of birth in this ID number is not a real date.' },
  ID_NUMBER_CHECK_DIGIT: {
    'zh-CN': '身份证号校验位不正确，请核对后重新输入。',
    en: 'The check digit of this ID number does not match. Please check the number and enter it again.',
  },
  TOO_YOUNG: {
    'zh-CN': (e) => `未满${detail(e, 'minAge', '6')}周岁不能注册为志愿者。`,
    en: (e) => `Children under ${detail(e, 'minAge', '6')} cannot register as volunteers.`,
  },
  GUARDIAN_REQUIRED: {
    'zh-CN': (e) => `未满${detail(e, 'age', '14')}周岁需填写监护人${e.field === 'guardianPhone' ? '手机号' : '姓名'}。`,
    en: (e) => `Volunteers under ${detail(e, 'age', '14')} give their guardian’s ${e.field === 'guardianPhone' ? 'mobile number' : 'name'}.`,
  },
  TOO_MANY_SKILLS: { 'zh-CN': (e) => `技能最多${detail(e, 'max', '20')}项。`, en: (e) => `At most ${detail(e, 'max', '20')} skills.` },
  SKILL_TOO_LONG: { 'zh-CN': (e) => `每项技能最多${detail(e, 'max', '20')}个字。`, en: (e) => `Each skill has at most ${detail(e, 'max', '20')} characters.` },
  EMERGENCY_CONTACT_INCOMPLETE: { 'zh-CN': '紧急联系人需同时填写姓名和手机号。', en: 'Give the emergency contact’s name and mobile number together.' },
  SOLE_ADMIN: {
    'zh-CN': (e) => `你是「${detail(e, 'organizationName', '一个团队')}」唯一的管理员，请先将管理员身份转给其他成员再注销。`,
    en: (e) => `You are the only admin of ${detail(e, 'organizationName', 'a team')}: hand that role to another member in the back office first.`,
  },
  PERSON_CONSENT_REQUIRED: {
    'zh-CN': '请先取得本人同意，并勾选“本人已同意注册并授权平台处理其个人信息”。',
    en: 'Ask the person first, then tick “The person agrees to register and lets the platform handle their personal information”.',
  },
  PHONE_OR_EMAIL: { 'zh-CN': '请只填写手机号或邮箱中的一项。', en: 'Give either a mobile number or an email, not both.' },
  EMAIL_CODES_FOR_RESET_ONLY: { 'zh-CN': '注册需用手机号接收验证码。', en: 'To register, get the code on your mobile number.' },
  CODES_UNAVAILABLE: {
    'zh-CN': (e) => (e.details.channel === 'email' ? '平台尚未开通邮件，请用手机号接收验证码。' : '平台尚未开通短信验证码，请联系平台工作人员。'),
    en: (e) =>
      e.details.channel === 'email'
        ? 'This platform does not send emails yet: get the code on your mobile number.'
        : 'This platform does not send SMS codes yet: ask the platform staff for help.',
  },
  DELIVERY_FAILED: {
    'zh-CN': (e) => (e.details.channel === 'email' ? '验证码邮件发送失败，请稍后再试。' : '验证码短信发送失败，请稍后再试。'),
    en: (e) =>
      e.details.channel === 'email'
        ? 'The email could not be sent. Please try again in a moment.'
        : 'The text message could not be sent. Please try again in a moment.',
  },
  CODE_SENT_RECENTLY: {
    'zh-CN': (e) => `验证码发送过于频繁，${tryAgainText(e.retryAfter, 'zh-CN')}。`,
    en: (e) =>
      e.retryAfter
        ? `A code was sent a moment ago. Please try again in ${waitText(e.retryAfter, 'en')}.`
        : 'A code was sent a moment ago. Please try again shortly.',
  },
  CODE_FORMAT: { 'zh-CN': '请输入收到的 6 位验证码。', en: 'Enter the 6-digit code you received.' },
  CODE_EXPIRED: { 'zh-CN': '验证码已失效，请重新获取。', en: 'The code has expired: get a new one.' },
  CODE_WRONG: { 'zh-CN': '验证码不正确。', en: 'The code is not right: check it, or get a new one.' },
};
