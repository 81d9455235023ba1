// The platform staff's pages (/admin/) in both languages: their sections (the navigation, each
// page's title and line) and the staff gate. Each section's own words live beside it
// (words/admin-<section>.ts).
import type { Locale } from '../../i18n/locales';

export const ADMIN_SECTIONS = [
  'overview',
  'teams',
  'content',
  'review',
  'requests',
  'ratings',
  'contests',
  'stations',
  'courses',
  'stories',
  'keys',
  'apps',
  'audit',
  'jobs',
  'figures',
] as const;
export type AdminSectionKey = (typeof ADMIN_SECTIONS)[number];

/** The site path of a section, in the default language: `/admin/`, `/admin/teams/`. */
export function adminPath(section: AdminSectionKey): string {
  return section === 'overview' ? '/admin/' : `/admin/${section}/`;
}

export interface AdminWords {
  navLabel: string;
  noscript: string;
  sections: Record<AdminSectionKey, { nav: string; title: string; description: string }>;
  gate: {
    loading: string;
    signedOut: string;
    signedOutText: string;
    logIn: string;
    error: string;
    retry: string;
    refused: string;
    refusedText: string;
    toManage: string;
    toAccount: string;
  };
  overview: { sections: string };
}

const zh: AdminWords = {
  navLabel: '平台管理栏目',
  noscript: '使用平台管理需要启用浏览器的 JavaScript。',
  sections: {
    overview: { nav: '概览', title: '平台管理', description: '平台工作人员在这里审核和管理团队、编辑和审核内容、签发合作方密钥、查阅审计记录和平台数据。' },
    teams: { nav: '团队', title: '团队审核与管理', description: '审核待批准的团队，暂停或恢复团队，并写明原因。' },
    content: { nav: '内容', title: '内容编辑', description: '撰写和编辑资讯、志愿榜样和重点项目展示，立即或定时发布，撤回已发布的内容。' },
    review: { nav: '审核', title: '内容审核', description: '审核各团队提交的资讯：发布，或写明原因退回修改。' },
    courses: { nav: '培训', title: '资质与培训', description: '维护资质类别（如应急救护）及有效期，开设平台培训课程和场次，记录出勤。' },
    ratings: { nav: '评价', title: '活动评价留言', description: '查看志愿者对活动的评价留言，隐藏辱骂等不当留言并写明原因（评分仍计入平均分）。' },
    stations: { nav: '服务站', title: '志愿服务站', description: '开设志愿服务站并指定运营组织，编辑各站点的地址、开放时间和服务项目。' },
    contests: {
      nav: '评比',
      title: '评比活动',
      description: '主办平台的评比：设置奖项和评审团，审核推荐和投稿，开启投票和评审，公布结果，把获奖志愿者设为志愿榜样。',
    },
    stories: { nav: '心得', title: '志愿心得管理', description: '处理对志愿心得的举报，隐藏不当心得并写明原因；审核没有团队审核的心得。' },
    keys: { nav: '密钥', title: '合作方密钥', description: '为团队签发合作方应用的 API 密钥并设定权限，查看最近使用时间，吊销密钥。' },
    apps: {
      nav: '应用',
      title: '代办应用',
      description: '登记可以经志愿者同意后代其查看资料、报名活动或查询服务时长的应用（如志愿服务小程序），停用不再可信的应用。',
    },
    requests: {
      nav: '需求',
      title: '需求审核',
      description: '审核居民和单位提出的服务需求：发布到需求广场、写明原因不予发布，或合并重复的需求；长期无人认领的需求会标出，可隐藏不当评价。',
    },
    audit: { nav: '审计', title: '审计记录', description: '按操作、操作人、对象和时间查阅平台上的管理操作。' },
    jobs: { nav: '任务', title: '后台任务', description: '查看抽签、网站重建、定时发布和消息发送等后台任务的排队、执行和失败情况，重试失败的任务。' },
    figures: { nav: '数据', title: '平台数据', description: '按年份、区县和团队统计的志愿者、团队、活动、服务时长和服务人次。' },
  },
  gate: {
    loading: '正在读取账户信息……',
    signedOut: '请先登录',
    signedOutText: '平台工作人员登录后，可以在这里管理团队、内容、密钥和审计记录。',
    logIn: '登录',
    error: '暂时无法读取账户信息',
    retry: '重试',
    refused: '仅限平台工作人员',
    refusedText: '你的账户不是平台工作人员账户。团队的管理员和协调员请使用管理台。',
    toManage: '前往管理台',
    toAccount: '回到我的账户',
  },
  overview: { sections: '管理栏目' },
};

const en: AdminWords = {
  navLabel: 'Platform administration sections',
  noscript: 'Platform administration needs JavaScript enabled in your browser.',
  sections: {
    overview: {
      nav: 'Overview',
      title: 'Platform administration',
      description: 'Platform staff review and run teams, write and review content, issue partner keys, and read the audit trail and the figures here.',
    },
    teams: { nav: 'Teams', title: 'Teams: review and standing', description: 'Approve teams awaiting review, suspend or restore a team, with the reason.' },
    content: {
      nav: 'Content',
      title: 'Editorial desk',
      description: 'Write and edit news, role models and showcases; publish now or at a set time; withdraw what is published.',
    },
    review: { nav: 'Review', title: 'Content review', description: "Review the teams' news: publish it, or return it with the reason." },
    stations: {
      nav: 'Stations',
      title: 'Volunteer stations',
      description: "Open volunteer stations and name the organisation that runs each; edit a station's address, opening hours and services.",
    },
    contests: {
      nav: 'Contests',
      title: 'Contests',
      description:
        "Run the platform's contests: categories and judging panel, nominations and essays to review, voting and judging, the results, and winners made role models.",
    },
    courses: {
      nav: 'Training',
      title: 'Qualifications and training',
      description:
        'Keep the qualification kinds (e.g. first aid) and how long they stay valid, run platform courses and their sessions, and record attendance.',
    },
    ratings: {
      nav: 'Ratings',
      title: 'Rating comments',
      description: "Read volunteers' comments on activities and hide an abusive one with a reason (its score still counts in the average).",
    },
    stories: {
      nav: 'Stories',
      title: 'Volunteers’ stories',
      description: 'Act on reports of volunteers’ stories and hide an abusive one with a reason; review stories waiting for any team.',
    },
    keys: {
      nav: 'Keys',
      title: 'Partner keys',
      description: "Issue API keys for a team's partner apps with their scopes, see when they were last used, revoke them.",
    },
    apps: {
      nav: 'Apps',
      title: 'Apps acting for volunteers',
      description:
        'Register apps (a volunteering mini-program, for example) that may, with a volunteer’s consent, read their profile, sign them up or read their hours; disable an app no longer trusted.',
    },
    requests: {
      nav: 'Requests',
      title: 'Request triage',
      description:
        'Review the service requests residents and organisations submit: publish them on the board, decline them with a reason, or merge duplicates; needs left unclaimed too long are flagged, and abusive comments can be hidden.',
    },
    audit: { nav: 'Audit', title: 'Audit trail', description: 'The administrative actions on the platform, by action, person, subject and time.' },
    jobs: {
      nav: 'Jobs',
      title: 'Background jobs',
      description: 'Lottery draws, site builds, scheduled publication and message delivery: what is queued, running and failed; retry a failed job.',
    },
    figures: {
      nav: 'Figures',
      title: 'Platform figures',
      description: 'Volunteers, teams, activities, service hours and person-times by year, district and team.',
    },
  },
  gate: {
    loading: 'Reading your account…',
    signedOut: 'Please sign in',
    signedOutText: 'Platform staff sign in here to run teams, content, partner keys and the audit trail.',
    logIn: 'Sign in',
    error: 'Cannot read your account right now',
    retry: 'Try again',
    refused: 'Platform staff only',
    refusedText: 'Your account is not a platform staff account. Team admins and coordinators use the back office.',
    toManage: 'Go to the back office',
    toAccount: 'Back to my account',
  },
  overview: { sections: 'Sections' },
};

export const ADMIN_WORDS: Record<Locale, AdminWords> = { 'zh-CN': zh, en };
