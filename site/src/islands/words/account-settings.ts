// The words of the account settings page (AccountSettings), in both languages; the API's errors
// are worded by their reason (lib/error-words).
import type { Locale } from '../../i18n/locales';

export interface AccountSettingsWords {
  loading: string;
  signedOut: string;
  logIn: string;
  profile: string;
  profileLead: string;
  email: string;
  emailHint: string;
  district: string;
  skills: string;
  skillsHint: string;
  save: string;
  saving: string;
  saved: string;
  notify: string;
  notifyLead: string;
  notifyEmail: string;
  notifyNoEmail: string;
  notifyOn: string;
  notifyOff: string;
  notifySms: string;
  notifySmsNote: string;
  notifySmsOn: string;
  notifySmsOff: string;
  phone: string;
  phoneLead: (masked: string | null) => string;
  newPhone: string;
  changePhone: string;
  phoneChanged: (masked: string) => string;
  contact: string;
  contactLead: string;
  contactName: string;
  contactPhone: string;
  contactPhoneHint: (masked: string | null) => string;
  removeContact: string;
  contactRemoved: string;
  contactBoth: string;
  password: string;
  passwordLead: string;
  currentPassword: string;
  newPassword: string;
  newPasswordHint: string;
  repeatPassword: string;
  mismatch: string;
  missing: string;
  changePassword: string;
  passwordChanged: string;
  close: string;
  closeErased: string[];
  closeKept: string[];
  closeAdmin: string;
  closePassword: string;
  closeConfirm: string;
  closeNotConfirmed: string;
  closeButton: string;
  closing: string;
  closed: string;
  back: string;
}

const zh: AccountSettingsWords = {
  loading: '正在读取你的账户……',
  signedOut: '请先登录后再修改账户设置。',
  logIn: '登录',
  profile: '个人资料',
  profileLead: '姓名和身份证号是实名注册信息，如需更正请联系平台；手机号可在下方更换。',
  email: '邮箱',
  emailHint: '也可以用邮箱登录',
  district: '所在区县',
  skills: '技能特长',
  skillsHint: '用逗号或顿号分隔，例如：急救、手语、摄影',
  save: '保存资料',
  saving: '正在保存……',
  saved: '资料已保存。',
  notify: '消息通知',
  notifyLead: '候补转正、抽签结果、活动取消等消息都在“我的账户”的“我的消息”中。',
  notifyEmail: '同时通过邮件发送给我',
  notifyNoEmail: '在上方填写邮箱后才能收到邮件。',
  notifyOn: '已开启邮件通知。',
  notifyOff: '已关闭邮件通知，消息仍在“我的消息”中。',
  notifySms: '名额、抽签、活动变动和活动提醒同时发短信给我',
  notifySmsNote: '短信发到你的注册手机号；22:00–08:00 不发，除非是一天内活动的取消或变动。',
  notifySmsOn: '已开启短信通知。',
  notifySmsOff: '已关闭短信通知，消息仍在“我的消息”中。',
  phone: '手机号',
  phoneLead: (masked) => `当前手机号：${masked ?? '无'}。手机号也用于登录和接收短信；更换后请用新手机号登录。`,
  newPhone: '新手机号',
  changePhone: '更换手机号',
  phoneChanged: (masked) => `手机号已更换为 ${masked}。`,
  contact: '紧急联系人',
  contactLead: '活动中发生意外时，协调员可能需要联系的人。加密保存，只有你能看到。',
  contactName: '姓名',
  contactPhone: '手机号',
  contactPhoneHint: (masked) => (masked ? `当前：${masked}。修改紧急联系人时请重新填写手机号。` : '11位中国大陆手机号'),
  removeContact: '删除紧急联系人',
  contactRemoved: '紧急联系人已删除。',
  contactBoth: '请同时填写紧急联系人的姓名和手机号。',
  password: '修改密码',
  passwordLead: '修改后，你在其他设备上的登录会全部退出，本设备保持登录。',
  currentPassword: '当前密码',
  newPassword: '新密码',
  newPasswordHint: '至少8位',
  repeatPassword: '再次输入新密码',
  mismatch: '两次输入的新密码不一致',
  missing: '请填写这一项',
  changePassword: '修改密码',
  passwordChanged: '密码已修改，其他设备上的登录已退出。',
  close: '注销账户',
  closeErased: ['姓名、身份证号、手机号、邮箱、紧急联系人和监护人信息立即删除', '你将退出所有设备，无法再登录，也无法恢复'],
  closeKept: ['已登记的服务时长以“已注销志愿者”的名义匿名保留，组织的统计和已出具的证明仍然有效', '你会退出所有加入的团队'],
  closeAdmin: '如果你是某个团队唯一的管理员，请先在管理台把管理员身份转给其他成员。',
  closePassword: '输入密码确认',
  closeConfirm: '我了解注销后个人信息将被删除且无法恢复',
  closeNotConfirmed: '请先勾选确认。',
  closeButton: '注销我的账户',
  closing: '正在注销……',
  closed: '账户已注销，个人信息已删除。感谢你参与志愿服务！',
  back: '← 返回我的账户',
};

const en: AccountSettingsWords = {
  loading: 'Reading your account…',
  signedOut: 'Please log in to change your account settings.',
  logIn: 'Log in',
  profile: 'Your details',
  profileLead: 'Your name and ID number were verified at registration: to correct them, contact the platform. You can change your mobile number below.',
  email: 'Email',
  emailHint: 'You can log in with it too',
  district: 'District',
  skills: 'Skills',
  skillsHint: 'Separated by commas, e.g. 急救, 手语, 摄影',
  save: 'Save details',
  saving: 'Saving…',
  saved: 'Your details are saved.',
  notify: 'Messages',
  notifyLead: 'A place from the waitlist, a lottery result, a cancelled activity and other messages are all under “My messages” on your account page.',
  notifyEmail: 'Email them to me as well',
  notifyNoEmail: 'Add your email above to get them by email.',
  notifyOn: 'Email notifications are on.',
  notifyOff: 'Email notifications are off; your messages stay under “My messages”.',
  notifySms: 'Text me about places, draws, changes to activities and reminders as well',
  notifySmsNote: 'Texts go to the phone you registered with; none between 22:00 and 08:00 unless an activity within a day is cancelled or changed.',
  notifySmsOn: 'Text notifications are on.',
  notifySmsOff: 'Text notifications are off; your messages stay under “My messages”.',
  phone: 'Mobile number',
  phoneLead: (masked) => `Your mobile number: ${masked ?? 'none'}. You log in and get texts with it; after a change, log in with the new one.`,
  newPhone: 'New mobile number',
  changePhone: 'Change mobile number',
  phoneChanged: (masked) => `Your mobile number is now ${masked}.`,
  contact: 'Emergency contact',
  contactLead: 'Whom a coordinator may need to call if something happens during an activity. Stored encrypted; only you see it.',
  contactName: 'Name',
  contactPhone: 'Mobile number',
  contactPhoneHint: (masked) => (masked ? `Now: ${masked}. Type the number again when you change the contact.` : '11-digit mainland mobile number'),
  removeContact: 'Remove the emergency contact',
  contactRemoved: 'The emergency contact is removed.',
  contactBoth: "Please give both the contact's name and mobile number.",
  password: 'Change password',
  passwordLead: 'You stay logged in here; every other device is logged out.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: 'At least 8 characters',
  repeatPassword: 'New password again',
  mismatch: 'The two new passwords differ',
  missing: 'Please fill this in',
  changePassword: 'Change password',
  passwordChanged: 'Your password is changed; other devices are logged out.',
  close: 'Close your account',
  closeErased: [
    'Your name, ID number, mobile number, email, emergency contact and guardian details are deleted at once',
    'You are logged out everywhere and cannot log in again; this cannot be undone',
  ],
  closeKept: [
    "Your recorded service hours stay, anonymised as “已注销志愿者” (closed account), so organisations' figures and certificates already issued remain true",
    'You leave every team you joined',
  ],
  closeAdmin: "If you are a team's only admin, hand that role to another member in the back office first.",
  closePassword: 'Your password, to confirm',
  closeConfirm: 'I understand that my personal information will be deleted and cannot be recovered',
  closeNotConfirmed: 'Please tick the box first.',
  closeButton: 'Close my account',
  closing: 'Closing…',
  closed: 'Your account is closed and your personal information deleted. Thank you for volunteering!',
  back: '← Back to my account',
};

export const ACCOUNT_SETTINGS_WORDS: Record<Locale, AccountSettingsWords> = { 'zh-CN': zh, en };
