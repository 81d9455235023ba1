// The back office's frame in both languages: its sections (the navigation, each page's title and
// line), the organisation gate and the roles. Each section's own words live beside it
// (words/manage-<section>.ts).
import type { Locale } from '../../i18n/locales';

export const MANAGE_SECTIONS = [
  'overview',
  'activities',
  'members',
  'attendance',
  'hours',
  'import',
  'news',
  'broadcasts',
  'requests',
  'ratings',
  'contests',
  'stations',
  'courses',
  'stories',
  'team',
  'teams',
  'review',
  'triage',
  'keys',
  'webhooks',
] as const;
export type ManageSectionKey = (typeof MANAGE_SECTIONS)[number] | 'register-team';

/** The site path of a section, in the default language: `/manage/`, `/manage/members/`. */
export function managePath(section: ManageSectionKey): string {
  return section === 'overview' ? '/manage/' : `/manage/${section}/`;
}

type Role = 'ADMIN' | 'COORDINATOR' | 'MEMBER';

export interface ManageWords {
  title: string;
  navLabel: string;
  noscript: string;
  sections: Record<ManageSectionKey, { nav: string; title: string; description: string }>;
  roles: Record<Role, string>;
  gate: {
    loading: string;
    signedOut: string;
    signedOutText: string;
    logIn: string;
    error: string;
    retry: string;
    none: string;
    noneText: string;
    registerTeam: string;
    toAccount: string;
    yourRole: (role: string) => string;
    switchTeam: string;
    pending: string;
    suspended: string;
    pendingTitle: string;
    pendingText: string;
    suspendedText: string;
    toTeamProfile: string;
    sessionOver: string;
  };
  overview: {
    todo: string;
    sections: string;
    registerAnother: string;
  };
}

const zh: ManageWords = {
  title: '管理台',
  navLabel: '管理台栏目',
  noscript: '使用管理台需要启用浏览器的 JavaScript。',
  sections: {
    overview: { nav: '概览', title: '管理台', description: '志愿服务组织的管理员和协调员在这里管理活动、成员、签到和服务时长。' },
    activities: { nav: '活动', title: '活动管理', description: '创建和编辑活动及其时段，预览、发布、取消、复制活动，设置每周重复。' },
    members: { nav: '成员', title: '成员管理', description: '审核入队申请，管理成员和角色，为没有智能手机的居民代为注册。' },
    attendance: { nav: '签到', title: '报名与签到', description: '查看各时段的报名名单和候补顺序，展示签到码，标记到场和缺席。' },
    hours: { nav: '时长', title: '服务时长', description: '为已结束的活动登记服务时长（含临时到场的志愿者），处理更正申请，导出记录。' },
    import: { nav: '导入', title: '导入历史记录', description: '导入平台上线前的服务记录（CSV 或 Excel 文件），先预览再导入，重复导入不会重复记录。' },
    team: { nav: '团队资料', title: '团队资料', description: '编辑团队简介、联系人、地址和位置。' },
    teams: { nav: '下属团队', title: '下属团队', description: '审核登记在本组织之下的团队：通过，或退回并说明原因。' },
    news: { nav: '资讯', title: '团队资讯', description: '撰写团队资讯和活动过程报道，实时预览，提交上级组织或平台审核后发布。' },
    broadcasts: { nav: '群发通知', title: '群发通知', description: '给团队全体成员或某个时段的报名者发通知，发送前预览收件人数，查看每条通知的已读人数。' },
    ratings: { nav: '评价', title: '活动评价', description: '参加过活动的志愿者给出的评分和留言（匿名），以及团队的平均评分。' },
    contests: { nav: '评比', title: '评比活动', description: '为本团队的志愿者和活动推荐参评；团委、志愿者联合会可以主办自己的评比。' },
    stations: {
      nav: '服务站值班',
      title: '志愿服务站值班',
      description: '运营志愿服务站的组织设置值班轮换表、查看值班安排和缺人情况；值班队伍为队员报名、申请或同意换班。',
    },
    courses: { nav: '培训', title: '培训课程', description: '开设培训课程和场次，查看报名名单并记录出勤；出勤的志愿者获得课程对应的资质（如应急救护）。' },
    stories: { nav: '心得审核', title: '志愿心得审核', description: '审核参加过本团队活动的志愿者写的心得：通过后公开发布，退回时写明意见。' },
    review: { nav: '资讯审核', title: '资讯审核', description: '审核下属团队提交的资讯：按发布后的样子阅读，立即或定时发布，或退回并说明原因。' },
    keys: { nav: '密钥', title: '合作方密钥', description: '为合作方应用签发本团队的 API 密钥并设定权限，查看最近使用时间，吊销密钥（仅限管理员）。' },
    webhooks: {
      nav: 'Webhook',
      title: 'Webhook',
      description: '登记合作方应用的接收地址，团队有变化时向其发送带签名的通知；查看投递记录和响应、重新投递（仅限管理员）。',
    },
    requests: {
      nav: '需求对接',
      title: '需求对接',
      description: '认领居民和单位提出的服务需求，标明带去的志愿者人数；跟进已认领的需求：开始服务、标记完成、退回或关闭。',
    },
    triage: {
      nav: '需求审核',
      title: '需求审核',
      description: '审核本区县提出的服务需求：发布到需求广场、写明原因不予发布，或合并重复的需求；长期无人认领的需求会标出。',
    },
    'register-team': {
      nav: '注册团队',
      title: '注册志愿服务团队',
      description: '在平台注册志愿服务组织或队伍，经上级组织或平台审核通过后即可发布活动、记录时长。',
    },
  },
  roles: { ADMIN: '管理员', COORDINATOR: '协调员', MEMBER: '成员' },
  gate: {
    loading: '正在读取你管理的团队……',
    signedOut: '请先登录',
    signedOutText: '团队的管理员和协调员登录后，可以在这里管理活动、成员、签到和服务时长。',
    logIn: '登录',
    error: '暂时无法读取管理信息',
    retry: '重试',
    none: '你还没有管理的团队',
    noneText: '只有团队的管理员和协调员可以使用管理台。你可以注册一个新团队（经上级组织或平台审核），或请所在团队的管理员把你设为协调员。',
    registerTeam: '注册新团队',
    toAccount: '回到我的账户',
    yourRole: (role) => `你的身份：${role}`,
    switchTeam: '切换团队',
    pending: '待审核',
    suspended: '已暂停',
    pendingTitle: '团队正在等待审核',
    pendingText: '审核通过后，就可以在这里发布活动、管理成员和登记服务时长。审核进度和退回原因见“团队资料”。',
    suspendedText: '该团队已被平台暂停，暂时不能管理活动和服务时长。如有疑问，请联系平台。',
    toTeamProfile: '查看团队资料',
    sessionOver: '登录已失效或没有权限，请刷新页面后重新登录。',
  },
  overview: {
    todo: '管理栏目',
    sections: '选择要处理的事项：',
    registerAnother: '注册另一个团队',
  },
};

const en: ManageWords = {
  title: 'Back office',
  navLabel: 'Back office sections',
  noscript: 'The back office needs JavaScript enabled in your browser.',
  sections: {
    overview: {
      nav: 'Overview',
      title: 'Back office',
      description: 'Where the admins and coordinators of volunteer teams run their activities, members, attendance and service hours.',
    },
    activities: {
      nav: 'Activities',
      title: 'Activities',
      description: 'Create and edit activities and their shifts; preview, publish, cancel and copy them; repeat them weekly.',
    },
    members: {
      nav: 'Members',
      title: 'Members',
      description: 'Answer requests to join, manage members and roles, and register residents who have no smartphone.',
    },
    attendance: {
      nav: 'Attendance',
      title: 'Sign-ups and attendance',
      description: "Each shift's sign-ups and waitlist, the check-in code for the door, and who attended or did not come.",
    },
    hours: {
      nav: 'Hours',
      title: 'Service hours',
      description: 'Record service time after activities (walk-ins too), answer correction requests and export the records.',
    },
    import: {
      nav: 'Import',
      title: 'Import earlier records',
      description: 'Import service records from before the platform (CSV or Excel): preview first; importing a file again records nothing twice.',
    },
    team: { nav: 'Team profile', title: 'Team profile', description: "Edit the team's description, contact person, address and location." },
    teams: {
      nav: 'Member teams',
      title: 'Member teams',
      description: 'Review the teams registered under this organisation: approve them, or return them with a reason.',
    },
    news: {
      nav: 'News',
      title: "The team's news",
      description:
        'Write the team’s news and progress reports on its activities with a live preview; they are published once the parent federation or the platform has reviewed them.',
    },
    broadcasts: {
      nav: 'Messages',
      title: 'Team messages',
      description:
        "Write to every member of the team or to one shift's volunteers; see how many it reaches before sending and how many have read each message.",
    },
    contests: {
      nav: 'Contests',
      title: 'Contests',
      description: "Nominate the team's volunteers and activities for contests; Youth League committees and federations run their own.",
    },
    stations: {
      nav: 'Station duty',
      title: 'Volunteer station duty',
      description:
        'Organisations that run a volunteer station set its duty rota and see its duties and gaps; duty teams sign their members up and ask for or answer swaps.',
    },
    courses: {
      nav: 'Training',
      title: 'Training courses',
      description:
        'Run courses and their sessions, see who enrolled and record attendance: those who attend get the qualification the course gives (e.g. first aid).',
    },
    ratings: {
      nav: 'Ratings',
      title: 'Activity ratings',
      description: "The scores and comments volunteers who attended the team's activities gave (anonymous), and the team's average.",
    },
    stories: {
      nav: 'Stories',
      title: 'Stories to review',
      description: "Review the stories volunteers wrote about the team's activities: approve to publish, or return with a note.",
    },
    review: {
      nav: 'News review',
      title: 'News review',
      description: 'Review the news your member teams submit: read it as it will look, publish it now or at a set time, or return it with a reason.',
    },
    keys: {
      nav: 'Keys',
      title: 'Partner keys',
      description: "Issue API keys for the team's partner apps with their scopes, see when they were last used, revoke them (admins only).",
    },
    webhooks: {
      nav: 'Webhooks',
      title: 'Webhooks',
      description:
        "Add your partner apps' endpoints, which receive signed notices of the team's changes; see each delivery and the answer it got, redeliver (admins only).",
    },
    requests: {
      nav: 'Service requests',
      title: 'Service requests',
      description:
        'Claim the help residents and organisations ask for, saying how many volunteers you bring; follow the needs you claimed: start, mark done, withdraw or close.',
    },
    triage: {
      nav: 'Request triage',
      title: 'Request triage',
      description:
        "Review the service requests of your federation's district: publish them on the board, decline them with a reason, or merge duplicates; needs left unclaimed too long are flagged.",
    },
    'register-team': {
      nav: 'Register a team',
      title: 'Register a volunteer team',
      description:
        'Register a volunteer organisation or team; once its parent federation or the platform approves it, it can publish activities and record hours.',
    },
  },
  roles: { ADMIN: 'Admin', COORDINATOR: 'Coordinator', MEMBER: 'Member' },
  gate: {
    loading: 'Reading the teams you manage…',
    signedOut: 'Please sign in',
    signedOutText: 'Admins and coordinators of a team sign in here to run its activities, members, attendance and service hours.',
    logIn: 'Sign in',
    error: 'Cannot read the back office right now',
    retry: 'Try again',
    none: 'You do not manage a team yet',
    noneText:
      "Only a team's admins and coordinators use the back office. You can register a new team (its parent federation or the platform reviews it), or ask your team's admin to make you a coordinator.",
    registerTeam: 'Register a team',
    toAccount: 'Back to my account',
    yourRole: (role) => `Your role: ${role}`,
    switchTeam: 'Switch team',
    pending: 'Awaiting review',
    suspended: 'Suspended',
    pendingTitle: 'The team is awaiting review',
    pendingText:
      'Once it is approved you can publish activities, manage members and record service hours here. The review and any reason for returning it are under "Team profile".',
    suspendedText: 'The platform has suspended this team: its activities and hours cannot be managed for now. Contact the platform with any questions.',
    toTeamProfile: 'See the team profile',
    sessionOver: 'Your session has ended or you lack permission. Reload the page and sign in again.',
  },
  overview: {
    todo: 'Sections',
    sections: 'Choose what to work on:',
    registerAnother: 'Register another team',
  },
};

export const MANAGE_WORDS: Record<Locale, ManageWords> = { 'zh-CN': zh, en };
