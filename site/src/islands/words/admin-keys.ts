// The words of the partner keys section, shared by the staff's page (/admin/keys/) and a team's
// back office (/manage/keys/), in both languages.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export interface KeyWords {
  chooseTeam: string;
  keysOf: (team: string) => string;
  none: string;
  scopes: { READ: string; PUBLISH: string; REQUEST: string };
  created: string;
  lastUsed: string;
  neverUsed: string;
  live: string;
  revoked: string;
  revokedAt: string;
  issue: string;
  name: string;
  nameHint: string;
  publish: string;
  publishHint: string;
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
  scopes: { READ: '读取公开数据', PUBLISH: '发布和管理活动', REQUEST: '提交服务需求' },
  created: '创建于',
  lastUsed: '最近使用',
  neverUsed: '从未使用',
  live: '有效',
  revoked: '已吊销',
  revokedAt: '吊销于',
  issue: '签发新密钥',
  name: '用途',
  nameHint: '例如：区民政局活动发布系统（2 至 60 个字）。',
  publish: '允许发布和管理本团队的活动',
  publishHint: '所有密钥都可以读取公开数据。',
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
  scopes: { READ: 'Read public data', PUBLISH: 'Publish and manage activities', REQUEST: 'Submit service requests' },
  created: 'Created',
  lastUsed: 'Last used',
  neverUsed: 'Never used',
  live: 'Live',
  revoked: 'Revoked',
  revokedAt: 'Revoked',
  issue: 'Issue a new key',
  name: 'What it is for',
  nameHint: "E.g. the district civil affairs bureau's activity system (2 to 60 characters).",
  publish: "Allow it to publish and manage the team's activities",
  publishHint: 'Every key can read public data.',
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
    'CONFLICT.organizationId': 'This team cannot have another key now: it is not approved, or it has 20 live keys (revoke one first).',
  },
};

export const KEY_WORDS: Record<Locale, KeyWords> = { 'zh-CN': zh, en };
