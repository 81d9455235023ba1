// The words of the staff's figures page (/admin/figures/) and of the overview's counts (/admin/),
// in both languages.
import type { Locale } from '../../i18n/locales';

export interface FigureWords {
  totals: string;
  volunteers: string;
  teams: string;
  activities: string;
  hours: string;
  personTimes: string;
  personTimesNote: string;
  byYear: string;
  byDistrict: string;
  byTeam: string;
  year: string;
  district: string;
  team: string;
  noDistrict: string;
  chart: (metric: string, by: string) => string;
  table: (by: string) => string;
  none: string;
  hoursUnit: string;
  timesUnit: string;
  overview: { waiting: string; pending: (n: number) => string; suspended: (n: number) => string; personTimes: (n: number) => string; open: string };
}

const zh: FigureWords = {
  totals: '全平台',
  volunteers: '志愿者',
  teams: '团队',
  activities: '活动',
  hours: '服务时长（小时）',
  personTimes: '服务人次',
  personTimesNote:
    '服务人次：每条有效的服务时长记录（含导入的历史记录）计一人次；已签到但尚未登记时长的报名也计一人次；同一人同一时段的签到和时长记录只计一次。',
  byYear: '按年份',
  byDistrict: '按区县',
  byTeam: '按团队（服务时长前 10）',
  year: '年份',
  district: '区县',
  team: '团队',
  noDistrict: '未填写区县',
  chart: (metric, by) => `${metric}，${by}`,
  table: (by) => `${by}的数据`,
  none: '还没有数据。',
  hoursUnit: ' 小时',
  timesUnit: ' 人次',
  overview: {
    waiting: '待处理',
    pending: (n) => `${n} 个团队待审核`,
    suspended: (n) => `${n} 个团队已暂停`,
    personTimes: (n) => `累计服务 ${n} 人次`,
    open: '前往',
  },
};

const en: FigureWords = {
  totals: 'Whole platform',
  volunteers: 'Volunteers',
  teams: 'Teams',
  activities: 'Activities',
  hours: 'Service hours',
  personTimes: 'Person-times',
  personTimesNote:
    'Person-times (人次): each live service record (imported earlier records too) counts once; a checked-in sign-up whose hours are not recorded yet counts once too; a sign-up and its record for the same person and shift count once.',
  byYear: 'By year',
  byDistrict: 'By district',
  byTeam: 'By team (top 10 by service time)',
  year: 'Year',
  district: 'District',
  team: 'Team',
  noDistrict: 'No district given',
  chart: (metric, by) => `${metric}, ${by.toLowerCase()}`,
  table: (by) => `Figures ${by.toLowerCase()}`,
  none: 'No figures yet.',
  hoursUnit: ' h',
  timesUnit: '',
  overview: {
    waiting: 'Waiting',
    pending: (n) => `${n} team${n === 1 ? '' : 's'} awaiting review`,
    suspended: (n) => `${n} team${n === 1 ? '' : 's'} suspended`,
    personTimes: (n) => `${n} person-times served in all`,
    open: 'Open',
  },
};

export const FIGURE_WORDS: Record<Locale, FigureWords> = { 'zh-CN': zh, en };
