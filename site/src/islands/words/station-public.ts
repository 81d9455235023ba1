// The public station pages (/stations/, /stations/<slug>/) and their live duty island, in both languages.
import type { Locale } from '../../i18n/locales';

export interface StationPublicWords {
  title: string;
  description: string;
  lead: string;
  empty: string;
  back: string;
  address: string;
  openingHours: string;
  services: string;
  operator: string;
  map: string;
  nearbyMap: string;
  nearbyMapCaption: string;
  onDuty: string;
  today: string;
  noDutyToday: string;
  week: string;
  date: string;
  team: string;
  places: string;
  filled: (filled: number, capacity: number) => string;
  noDuties: string;
  loading: string;
  failed: string;
  noScript: string;
  register: string;
  weekdays: string[];
}

const zh: StationPublicWords = {
  title: '志愿服务站',
  description: '各志愿服务站的地址、开放时间、服务项目，以及今天和本周的值班队伍。',
  lead: '志愿服务站由志愿服务组织轮流值班：来站里可以注册志愿者、咨询活动、寻求帮助。',
  empty: '暂无志愿服务站。',
  back: '全部志愿服务站',
  address: '地址',
  openingHours: '开放时间',
  services: '服务项目',
  operator: '运营组织',
  map: '在地图上查看',
  nearbyMap: '服务站和周边组织',
  nearbyMapCaption: '示意图：服务站（方块）和同一区县登记了位置的志愿组织（圆点，颜色表示组织类型）。',
  onDuty: '值班安排',
  today: '今日值班',
  noDutyToday: '今天没有排班。',
  week: '本周值班',
  date: '日期',
  team: '值班队伍',
  places: '在岗人数',
  filled: (f, c) => `${f} / ${c} 人`,
  noDuties: '本周暂无排班。',
  loading: '正在读取值班安排……',
  failed: '值班安排暂时无法读取，请稍后刷新。',
  noScript: '查看今天和本周的值班队伍需要启用浏览器的 JavaScript。',
  register: '还不是志愿者？在线注册，或到站里请值班志愿者帮你注册 →',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

const en: StationPublicWords = {
  title: 'Volunteer stations',
  description: "Each volunteer station's address, opening hours and services, and the teams on duty today and this week.",
  lead: 'Volunteer teams take turns on duty at each station: come in to register as a volunteer, ask about activities or ask for help.',
  empty: 'No volunteer stations yet.',
  back: 'All volunteer stations',
  address: 'Address',
  openingHours: 'Opening hours',
  services: 'Services',
  operator: 'Run by',
  map: 'See it on a map',
  nearbyMap: 'The station and the organisations around it',
  nearbyMapCaption: 'A sketch map: the station (square) and the organisations of its district with a location (dots, coloured by type).',
  onDuty: 'Duty rota',
  today: 'On duty today',
  noDutyToday: 'No team is on duty today.',
  week: 'This week',
  date: 'Date',
  team: 'Team on duty',
  places: 'Volunteers',
  filled: (f, c) => `${f} of ${c}`,
  noDuties: 'No duties this week yet.',
  loading: 'Loading the duty rota…',
  failed: 'The duty rota cannot be loaded just now; reload the page later.',
  noScript: 'Showing the teams on duty today and this week needs JavaScript.',
  register: 'Not a volunteer yet? Register online, or ask the volunteers on duty to help you →',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

export const STATION_PUBLIC_WORDS: Record<Locale, StationPublicWords> = { 'zh-CN': zh, en };

/** The China calendar date (YYYY-MM-DD) `days` after now. */
export function chinaDateIn(days: number, now = Date.now()): string {
  return new Date(now + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The weekday's name of a date, Monday first. */
export function weekdayName(w: StationPublicWords, date: string): string {
  return w.weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
}
