// The stations' back-office pages (/manage/stations/, /admin/stations/) in both languages.
import type { Locale } from '../../i18n/locales';

export interface StationDeskWords {
  stations: string;
  stationsNote: string;
  none: string;
  create: string;
  created: string;
  edit: string;
  save: string;
  saved: string;
  operator: string;
  fields: Record<string, string>;
  servicesHint: string;
  rota: string;
  rotaNote: string;
  weekdays: string[];
  team: string;
  noTeam: string;
  startsAt: string;
  endsAt: string;
  places: string;
  setRota: string;
  rotaSet: (n: number) => string;
  weekly: string;
  dated: string;
  datedNote: string;
  addDate: string;
  removeDate: string;
  findTeam: string;
  findTeamButton: string;
  teamsFound: (n: number) => string;
  findMember: string;
  findMemberButton: string;
  membersFound: (n: number) => string;
  calendar: string;
  date: string;
  filled: (f: number, c: number) => string;
  gap: string;
  swaps: string;
  noSwaps: string;
  swapLine: (fromTeam: string, fromDate: string, toTeam: string, toDate: string) => string;
  statuses: Record<string, string>;
  accept: string;
  decline: string;
  answered: string;
  teamDuties: string;
  teamDutiesNote: string;
  noTeamDuties: string;
  signUp: string;
  member: string;
  signedUp: string;
  roster: string;
  proposeSwap: string;
  swapWith: string;
  proposed: string;
  viewPage: string;
}

const zh: StationDeskWords = {
  stations: '志愿服务站',
  stationsNote: '本组织运营的志愿服务站：编辑站点资料，设置值班轮换表，查看今后四周的值班安排和缺人情况。',
  none: '本组织还没有运营的志愿服务站（由平台工作人员开设）。',
  create: '开设志愿服务站',
  created: '志愿服务站已开设。',
  edit: '编辑站点资料',
  save: '保存',
  saved: '已保存。',
  operator: '运营组织',
  fields: {
    slug: '网址名（小写字母、数字和连字符）',
    name: '站点名称',
    address: '地址',
    district: '所在区',
    openingHours: '开放时间',
    services: '服务项目',
    operatorId: '运营组织',
    lines: '值班轮换表',
  },
  servicesHint: '每行一项，例如：志愿者注册',
  rota: '值班轮换表',
  rotaNote: '每天由一支队伍值班；保存后生成今后四周的值班活动，由值班队伍的协调员安排队员报名。已有人报名的日子不会改动。',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  team: '值班队伍',
  noTeam: '（不排班）',
  startsAt: '开始',
  endsAt: '结束',
  places: '人数',
  setRota: '保存轮换表并生成值班',
  rotaSet: (n) => `已生成今后四周的值班安排，共 ${n} 天。`,
  weekly: '每周轮换',
  dated: '指定日期值班',
  datedNote: '节假日或大型活动等特别安排：某一天改由指定队伍值班，优先于当天的每周轮换。已过去的日期不再列出。',
  addDate: '添加指定日期',
  removeDate: '删除',
  findTeam: '查找队伍（名称的一部分）',
  findTeamButton: '查找',
  teamsFound: (n) => (n ? `找到 ${n} 支队伍，已加入“值班队伍”选项。` : '没有找到名称包含这些字的队伍。'),
  findMember: '按志愿者编号或手机号查找队员',
  findMemberButton: '查找队员',
  membersFound: (n) => (n ? `找到 ${n} 名队员。` : '没有找到这位队员。'),
  calendar: '今后四周值班安排',
  date: '日期',
  filled: (f, c) => `${f} / ${c} 人`,
  gap: '缺人',
  swaps: '换班申请',
  noSwaps: '暂无换班申请。',
  swapLine: (a, ad, b, bd) => `${a}（${ad}）⇄ ${b}（${bd}）`,
  statuses: { PENDING: '待对方回复', ACCEPTED: '已换班', DECLINED: '已拒绝' },
  accept: '同意换班',
  decline: '拒绝',
  answered: '已回复。',
  teamDuties: '本队值班日',
  teamDutiesNote: '本队在志愿服务站的值班日：为队员报名，在签到页查看名单，活动结束后在“时长”页登记服务时长。',
  noTeamDuties: '本队今后四周没有值班。',
  signUp: '为队员报名',
  member: '队员',
  signedUp: '已报名。',
  roster: '报名名单与签到',
  proposeSwap: '申请换班',
  swapWith: '换成',
  proposed: '换班申请已发出，等待对方队伍回复。',
  viewPage: '查看站点页面',
};

const en: StationDeskWords = {
  stations: 'Volunteer stations',
  stationsNote: "Stations this organisation runs: edit a station, set its duty rota, and see the next four weeks' duties and gaps.",
  none: 'This organisation runs no volunteer station yet (platform staff open them).',
  create: 'Open a volunteer station',
  created: 'The station is open.',
  edit: 'Edit the station',
  save: 'Save',
  saved: 'Saved.',
  operator: 'Run by',
  fields: {
    slug: 'Web name (lower-case letters, digits, hyphens)',
    name: 'Name',
    address: 'Address',
    district: 'District',
    openingHours: 'Opening hours',
    services: 'Services',
    operatorId: 'Run by',
    lines: 'Duty rota',
  },
  servicesHint: 'One a line, e.g. volunteer registration',
  rota: 'Duty rota',
  rotaNote:
    "One team on duty each day. Saving makes the next four weeks' duty activities, which the duty teams' coordinators fill with their members. Days with sign-ups are left as they are.",
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  team: 'Team on duty',
  noTeam: '(no duty)',
  startsAt: 'Starts',
  endsAt: 'Ends',
  places: 'Volunteers',
  setRota: 'Save the rota and make the duties',
  rotaSet: (n) => `The next four weeks' duties are made: ${n} days.`,
  weekly: 'Every week',
  dated: 'Duty on given dates',
  datedNote: "Special days (holidays, large events): another team is on duty that day, instead of the weekday's team. Dates already past are no longer listed.",
  addDate: 'Add a date',
  removeDate: 'Remove',
  findTeam: 'Find a team (part of its name)',
  findTeamButton: 'Find',
  teamsFound: (n) => (n ? `${n} teams found, added to the teams to choose from.` : 'No team has these words in its name.'),
  findMember: 'Find a member by volunteer number or mobile',
  findMemberButton: 'Find the member',
  membersFound: (n) => (n ? `${n} members found.` : 'No such member.'),
  calendar: 'Duties in the next four weeks',
  date: 'Date',
  filled: (f, c) => `${f} of ${c}`,
  gap: 'Short',
  swaps: 'Swap requests',
  noSwaps: 'No swap requests.',
  swapLine: (a, ad, b, bd) => `${a} (${ad}) ⇄ ${b} (${bd})`,
  statuses: { PENDING: 'Awaiting the other team', ACCEPTED: 'Swapped', DECLINED: 'Declined' },
  accept: 'Accept the swap',
  decline: 'Decline',
  answered: 'Answered.',
  teamDuties: "Your team's duty days",
  teamDutiesNote:
    "Your team's duty days at volunteer stations: sign members up, see the roster on the attendance page, and record the hours on the Hours page afterwards.",
  noTeamDuties: 'Your team has no duty in the next four weeks.',
  signUp: 'Sign a member up',
  member: 'Member',
  signedUp: 'Signed up.',
  roster: 'Roster and check-in',
  proposeSwap: 'Ask for a swap',
  swapWith: 'Swap for',
  proposed: 'The swap request is sent; the other team answers it.',
  viewPage: "See the station's page",
};

export const STATION_DESK_WORDS: Record<Locale, StationDeskWords> = { 'zh-CN': zh, en };
