// The words of the public volunteer page's island (VolunteerProfile) and of the switch in the
// account settings (PublicProfileForm), in both languages.
import type { Locale } from '../../i18n/locales';

export interface VolunteerProfileWords {
  loading: string;
  noNumber: string;
  notPublic: string;
  ownPage: string;
  number: string;
  stars: string;
  starsValue: (n: number) => string;
  hours: string;
  hoursValue: (h: string) => string;
  teams: string;
  noTeams: string;
  stories: string;
  noStories: string;
  /** The account settings' part. */
  switchTitle: string;
  switchLead: string;
  switchLabel: string;
  on: string;
  off: string;
  saving: string;
  minorNote: string;
  guardianAgrees: string;
  guardianName: string;
  guardianNameHint: string;
  consentSince: (when: string) => string;
  viewPage: string;
}

export const VOLUNTEER_PROFILE_WORDS: Record<Locale, VolunteerProfileWords> = {
  'zh-CN': {
    loading: '正在读取……',
    noNumber: '请从志愿心得或志愿者分享的链接打开志愿者主页。',
    notPublic: '这位志愿者的主页没有公开。',
    ownPage: '想公开你自己的主页？在账户设置中打开 →',
    number: '志愿者编号',
    stars: '星级',
    starsValue: (n) => `${n} 星`,
    hours: '服务时长',
    hoursValue: (h) => `${h} 小时`,
    teams: '所在队伍',
    noTeams: '还没有加入队伍。',
    stories: '志愿心得',
    noStories: '还没有发布的心得。',
    switchTitle: '公开主页（志愿者风采）',
    switchLead:
      '打开后，任何人都能看到你的公开主页：显示名（如 张*明）、志愿者编号、星级、服务时长、所在队伍和已发布的心得。不会显示真实姓名、身份证号、手机号、出生日期或邮箱。随时可以关闭，关闭后立即不再公开。',
    switchLabel: '公开我的志愿者主页',
    on: '已公开你的主页。',
    off: '已关闭公开主页。',
    saving: '正在保存……',
    minorNote: '未满 18 周岁公开主页需要监护人同意。注册时登记过监护人的，请填写登记的监护人姓名。',
    guardianAgrees: '我的监护人同意公开我的志愿者主页',
    guardianName: '监护人姓名',
    guardianNameHint: '注册时登记过监护人的，须与登记的姓名一致',
    consentSince: (when) => `监护人于 ${when} 同意公开。`,
    viewPage: '查看我的公开主页',
  },
  en: {
    loading: 'Loading…',
    noNumber: "Open a volunteer's page from a story or a link they shared.",
    notPublic: "This volunteer's page is not public.",
    ownPage: 'Want your own public page? Switch it on in your account settings →',
    number: 'Volunteer number',
    stars: 'Stars',
    starsValue: (n) => `${n} ${n === 1 ? 'star' : 'stars'}`,
    hours: 'Service time',
    hoursValue: (h) => `${h} ${h === '1' ? 'hour' : 'hours'}`,
    teams: 'Teams',
    noTeams: 'Not in a team yet.',
    stories: 'Stories',
    noStories: 'No published stories yet.',
    switchTitle: 'Public page',
    switchLead:
      'When on, anyone can see your public page: your public name (such as 张*明), volunteer number, stars, service time, teams and published stories. Never your real name, ID number, phone, birth date or email. Switch it off at any time; it stops being public at once.',
    switchLabel: 'Make my volunteer page public',
    on: 'Your page is public.',
    off: 'Your page is no longer public.',
    saving: 'Saving…',
    minorNote: "Under 18, a public page needs your guardian's consent. If you named a guardian when you registered, type that name.",
    guardianAgrees: 'My guardian agrees to my public volunteer page',
    guardianName: "Guardian's name",
    guardianNameHint: 'If you named a guardian when you registered, the same name',
    consentSince: (when) => `Your guardian agreed on ${when}.`,
    viewPage: 'View my public page',
  },
};
