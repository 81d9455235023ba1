// The words of 供需对接 (service requests) in both languages: the public board and request pages,
// the "submit a need" form, the requester's list in /account/, and the back office's sections.
import type { ServiceRequestCategory, ServiceRequestStatus } from '../../gql/graphql';
import type { Locale } from '../../i18n/locales';

export interface RequestWords {
  categories: Record<ServiceRequestCategory, string>;
  statuses: Record<ServiceRequestStatus, string>;
  board: {
    title: string;
    description: string;
    lead: (open: string) => string;
    submit: string;
    met: string;
    metUnit: string;
    empty: string;
    byDistrict: string;
    needed: (n: string) => string;
    claimed: (claimed: string, needed: string) => string;
    when: string;
    recurrence: string;
    address: string;
    category: string;
    district: string;
    teams: string;
    activities: string;
    score: (n: number) => string;
    contactNote: string;
    back: string;
    nearby: string;
  };
  form: {
    title: string;
    description: string;
    lead: string;
    signedOut: string;
    logIn: string;
    checking: string;
    fields: {
      title: string;
      description: string;
      category: string;
      district: string;
      address: string;
      neededFrom: string;
      neededUntil: string;
      recurrence: string;
      recurrenceHint: string;
      volunteersNeeded: string;
      contactName: string;
      contactPhone: string;
      contactHint: string;
    };
    send: string;
    sending: string;
    sent: string;
    toAccount: string;
  };
  mine: {
    title: string;
    empty: string;
    submit: string;
    reason: string;
    teams: string;
    confirmTitle: string;
    score: string;
    comment: string;
    confirm: string;
    confirmed: string;
    yourScore: (n: number) => string;
  };
}

const zh: RequestWords = {
  categories: {
    ELDERLY: '助老',
    CHILDREN: '关爱儿童',
    DISABILITY: '助残',
    ENVIRONMENT: '生态环保',
    COMMUNITY: '社区服务',
    HEALTH: '医疗健康',
    EDUCATION: '教育辅导',
    DISASTER: '防灾救灾',
    OTHER: '其他',
  },
  statuses: {
    SUBMITTED: '待审核',
    OPEN: '待认领',
    DECLINED: '未通过',
    MERGED: '已合并',
    CLAIMED: '已认领',
    IN_PROGRESS: '服务中',
    DONE: '已完成',
    CONFIRMED: '已确认',
    CLOSED: '已关闭',
  },
  board: {
    title: '服务需求',
    description: '居民、社区和单位提出的志愿服务需求，等待志愿服务队伍认领。',
    lead: (open) => `${open} 个需求正在等待志愿服务队伍认领。队伍的管理员和协调员可在管理台认领。`,
    submit: '提出服务需求',
    met: '各区县已满足的需求',
    metUnit: '个',
    empty: '暂时没有待认领的需求。',
    byDistrict: '按区县',
    needed: (n) => `需要 ${n} 名志愿者`,
    claimed: (claimed, needed) => `已认领 ${claimed} / ${needed} 人`,
    when: '需要时间',
    recurrence: '频次',
    address: '服务地点',
    category: '需求类别',
    district: '所在区县',
    teams: '认领队伍',
    activities: '报名参加',
    score: (n) => `求助方评分：${n} / 5`,
    contactNote: '联系人信息不公开，只提供给认领队伍。',
    back: '全部服务需求',
    nearby: '附近的需求和活动',
  },
  form: {
    title: '提出服务需求',
    description: '为自己、家人、社区或单位提出志愿服务需求，经审核后发布，等待志愿服务队伍认领。',
    lead: '需求经平台或所在区县的志愿服务联合会审核后公开，联系人和电话不会公开。',
    signedOut: '登录后才能提出服务需求。',
    logIn: '登录',
    checking: '正在确认登录状态……',
    fields: {
      title: '需求标题',
      description: '需要什么帮助',
      category: '类别',
      district: '所在区县',
      address: '服务地点',
      neededFrom: '开始时间',
      neededUntil: '结束时间',
      recurrence: '频次',
      recurrenceHint: '例如：每周六上午',
      volunteersNeeded: '需要志愿者人数',
      contactName: '联系人',
      contactPhone: '联系电话',
      contactHint: '只提供给审核人员和认领队伍，不会公开。',
    },
    send: '提交需求',
    sending: '正在提交……',
    sent: '需求已提交，审核后会公开发布。可在“我的账户”查看进度。',
    toAccount: '查看我的需求',
  },
  mine: {
    title: '我提出的服务需求',
    empty: '你还没有提出过服务需求。',
    submit: '提出服务需求',
    reason: '原因',
    teams: '认领队伍',
    confirmTitle: '确认完成并评价',
    score: '评分（1–5 分）',
    comment: '评价（选填）',
    confirm: '确认完成',
    confirmed: '已确认，感谢你的评价。',
    yourScore: (n) => `你的评分：${n} / 5`,
  },
};

const en: RequestWords = {
  categories: {
    ELDERLY: 'Older people',
    CHILDREN: 'Children',
    DISABILITY: 'Disability',
    ENVIRONMENT: 'Environment',
    COMMUNITY: 'Community',
    HEALTH: 'Health',
    EDUCATION: 'Education',
    DISASTER: 'Disaster relief',
    OTHER: 'Other',
  },
  statuses: {
    SUBMITTED: 'Awaiting review',
    OPEN: 'Open',
    DECLINED: 'Declined',
    MERGED: 'Merged',
    CLAIMED: 'Claimed',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    CONFIRMED: 'Confirmed',
    CLOSED: 'Closed',
  },
  board: {
    title: 'Service requests',
    description: 'Help residents, communities and organisations have asked for, waiting for a volunteer team to take it on.',
    lead: (open) =>
      `${open} ${open === '1' ? 'request is' : 'requests are'} waiting for a volunteer team. Team admins and coordinators claim them in the back office.`,
    submit: 'Ask for help',
    met: 'Needs met by district',
    metUnit: '',
    empty: 'No open requests right now.',
    byDistrict: 'By district',
    needed: (n) => `${n} ${n === '1' ? 'volunteer' : 'volunteers'} needed`,
    claimed: (claimed, needed) => `${claimed} of ${needed} volunteers claimed`,
    when: 'When',
    recurrence: 'How often',
    address: 'Where',
    category: 'Kind of help',
    district: 'District',
    teams: 'Teams',
    activities: 'Sign up',
    score: (n) => `Rated ${n} / 5 by the requester`,
    contactNote: 'The contact is never public; only the claiming teams receive it.',
    back: 'All service requests',
    nearby: 'Needs and activities near you',
  },
  form: {
    title: 'Ask for help',
    description: 'Ask volunteer teams for help for yourself, your family, your community or your organisation; it is published once reviewed.',
    lead: 'Platform staff or the district’s volunteer federation review each request before it is published. The contact name and phone are never public.',
    signedOut: 'Sign in to ask for help.',
    logIn: 'Sign in',
    checking: 'Checking whether you are signed in…',
    fields: {
      title: 'Title',
      description: 'What help is needed',
      category: 'Kind of help',
      district: 'District',
      address: 'Where',
      neededFrom: 'From',
      neededUntil: 'Until',
      recurrence: 'How often',
      recurrenceHint: 'e.g. every Saturday morning',
      volunteersNeeded: 'Volunteers needed',
      contactName: 'Contact name',
      contactPhone: 'Contact phone',
      contactHint: 'Given only to reviewers and the claiming teams, never public.',
    },
    send: 'Submit',
    sending: 'Submitting…',
    sent: 'Your request was submitted and will be published once reviewed. Follow it in your account.',
    toAccount: 'See my requests',
  },
  mine: {
    title: 'My service requests',
    empty: 'You have not asked for help yet.',
    submit: 'Ask for help',
    reason: 'Reason',
    teams: 'Teams',
    confirmTitle: 'Confirm and rate',
    score: 'Score (1–5)',
    comment: 'Comment (optional)',
    confirm: 'Confirm it is done',
    confirmed: 'Confirmed. Thank you for your rating.',
    yourScore: (n) => `Your score: ${n} / 5`,
  },
};

export const REQUEST_WORDS: Record<Locale, RequestWords> = { 'zh-CN': zh, en };
