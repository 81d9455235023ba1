// The words of the partner keys section, shared by the staff's page (/admin/keys/) and a team's
// back office (/manage/keys/), in both languages.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';
import type { PartnerScope as KeyScope } from '../../gql/graphql';

export interface KeyWords {
  chooseTeam: string;
  keysOf: (team: string) => string;
  none: string;
  scopes: Record<KeyScope, string>;
  created: string;
  lastUsed: string;
  neverUsed: string;
  live: string;
  revoked: string;
  revokedAt: string;
  issue: string;
  name: string;
  nameHint: string;
  /** The legend of the scopes a new key gets, the checkbox of each scope a team may grant, and the hint below. */
  grant: string;
  allow: Record<Exclude<KeyScope, 'READ'>, string>;
  grantHint: string;
  issuing: string;
  secretTitle: string;
  secretWarning: string;
  secretLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  usage: string;
  done: string;
  revoke: string;
  confirmRevoke: (name: string) => string;
  confirm: string;
  cancel: string;
  revokedOne: (name: string) => string;
  notApproved: string;
  notAdmin: string;
  fields: FieldSentences;
}

const zh: KeyWords = {
  chooseTeam: '选择团队',
  keysOf: (team) => `${team}的密钥`,
  none: '该团队还没有密钥。',
  scopes: { READ: '读取公开数据', PUBLISH: '发布和管理活动', ROSTER: '查看报名名单和签到', RECORD_HOURS: '登记服务时长', REQUEST: '提交服务需求' },
  created: '创建于',
  lastUsed: '最近使用',
  neverUsed: '从未使用',
  live: '有效',
  revoked: '已吊销',
  revokedAt: '吊销于',
  issue: '签发新密钥',
  name: '用途',
  nameHint: '例如：区民政局活动发布系统（2 至 60 个字）。',
  grant: '允许该密钥',
  allow: {
    PUBLISH: '发布和管理本团队的活动',
    ROSTER: '查看本团队活动的报名名单，标记到场和缺席（志愿者姓名打码显示）',
    RECORD_HOURS: '为本团队已结束的时段登记和冲正服务时长（记录同步）',
    REQUEST: '以本团队名义提交服务需求，认领和处理需求',
  },
  grantHint: '所有密钥都可以读取公开数据。只勾选合作方确实需要的权限。',
  issuing: '正在签发……',
  secretTitle: '新密钥',
  secretWarning: '密钥只显示这一次，离开或刷新页面后无法再次查看。请立即复制，交给合作方妥善保存。',
  secretLabel: '密钥',
  copy: '复制密钥',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制，请选中密钥后手动复制。',
  usage: '合作方在请求 /graphql 时带上请求头：Authorization: Bearer 密钥',
  done: '我已保存',
  revoke: '吊销',
  confirmRevoke: (name) => `确定吊销「${name}」吗？吊销后，使用该密钥的请求会立即被拒绝，且无法恢复。`,
  confirm: '确定吊销',
  cancel: '取消',
  revokedOne: (name) => `已吊销「${name}」。`,
  notApproved: '团队通过审核后才能签发密钥。',
  notAdmin: '只有团队的管理员可以管理合作方密钥。你是协调员，请联系团队管理员。',
  fields: {},
};

const en: KeyWords = {
  chooseTeam: 'Choose a team',
  keysOf: (team) => `Keys of ${team}`,
  none: 'This team has no keys yet.',
  scopes: {
    READ: 'Read public data',
    PUBLISH: 'Publish and manage activities',
    ROSTER: 'See rosters and attendance',
    RECORD_HOURS: 'Record service hours',
    REQUEST: 'Submit service requests',
  },
  created: 'Created',
  lastUsed: 'Last used',
  neverUsed: 'Never used',
  live: 'Live',
  revoked: 'Revoked',
  revokedAt: 'Revoked',
  issue: 'Issue a new key',
  name: 'What it is for',
  nameHint: "E.g. the district civil affairs bureau's activity system (2 to 60 characters).",
  grant: 'Allow this key to',
  allow: {
    PUBLISH: "publish and manage the team's activities",
    ROSTER: "see the sign-ups of the team's shifts and mark attendance (volunteers' names masked)",
    RECORD_HOURS: "record and reverse service hours for the team's ended shifts",
    REQUEST: 'submit service requests for the team, and claim and work on them',
  },
  grantHint: 'Every key can read public data. Tick only what the partner needs.',
  issuing: 'Issuing…',
  secretTitle: 'New key',
  secretWarning: 'The key is shown this once: after you leave or reload the page it cannot be seen again. Copy it now and hand it to the partner to keep safe.',
  secretLabel: 'Key',
  copy: 'Copy the key',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy automatically; select the key and copy it by hand.',
  usage: 'The partner sends it to /graphql as the header Authorization: Bearer <key>',
  done: 'I have saved it',
  revoke: 'Revoke',
  confirmRevoke: (name) => `Revoke “${name}”? Requests with this key are refused at once, and it cannot be undone.`,
  confirm: 'Revoke it',
  cancel: 'Cancel',
  revokedOne: (name) => `“${name}” is revoked.`,
  notApproved: 'Keys can be issued once the team is approved.',
  notAdmin: "Only the team's admins manage partner keys. You are a coordinator: ask an admin of the team.",
  fields: {
    'BAD_USER_INPUT.name': 'What it is for must be 2 to 60 characters.',
  },
};

export const KEY_WORDS: Record<Locale, KeyWords> = { 'zh-CN': zh, en };
