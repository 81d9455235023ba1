// The words of the staff's team pages (/admin/teams/) and of the team finder the keys and audit
// pages share, in both languages.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export interface FinderWords {
  label: string;
  hint: string;
  find: string;
  none: string;
  results: (n: number) => string;
  choose: string;
  chosen: (name: string) => string;
  clear: string;
}

export interface AdminTeamWords {
  status: { PENDING: string; APPROVED: string; SUSPENDED: string };
  pending: string;
  pendingNone: string;
  suspended: string;
  suspendedNone: string;
  search: string;
  reason: string;
  reasonHint: string;
  needReason: string;
  approve: string;
  ret: string;
  suspend: string;
  restore: string;
  registeredAt: string;
  suspendedAt: string;
  returnedReason: string;
  suspendedReason: string;
  members: (n: number) => string;
  done: { approve: (n: string) => string; ret: (n: string) => string; suspend: (n: string) => string; restore: (n: string) => string };
  finder: FinderWords;
  fields: FieldSentences;
}

const zh: AdminTeamWords = {
  status: { PENDING: '待审核', APPROVED: '已通过', SUSPENDED: '已暂停' },
  pending: '待审核的团队',
  pendingNone: '没有待审核的团队。',
  suspended: '已暂停的团队',
  suspendedNone: '没有被暂停的团队。',
  search: '查找团队',
  reason: '原因',
  reasonHint: '退回、暂停和恢复须写明原因（2 至 500 字），团队管理员可以看到，并记入审计记录。',
  needReason: '请写明原因（至少 2 个字）。',
  approve: '通过',
  ret: '退回修改',
  suspend: '暂停',
  restore: '恢复',
  registeredAt: '登记于',
  suspendedAt: '暂停于',
  returnedReason: '退回原因',
  suspendedReason: '暂停原因',
  members: (n) => `${n} 名成员`,
  done: {
    approve: (n) => `已通过「${n}」。`,
    ret: (n) => `已退回「${n}」，团队将看到原因。`,
    suspend: (n) => `已暂停「${n}」。`,
    restore: (n) => `已恢复「${n}」。`,
  },
  finder: {
    label: '团队名称',
    hint: '输入名称中的几个字，任何状态的团队都能找到。',
    find: '查找',
    none: '没有名称包含这些字的团队。',
    results: (n) => `找到 ${n} 个团队`,
    choose: '选择',
    chosen: (name) => `已选择：${name}`,
    clear: '清除',
  },
  fields: {},
};

const en: AdminTeamWords = {
  status: { PENDING: 'Awaiting review', APPROVED: 'Approved', SUSPENDED: 'Suspended' },
  pending: 'Teams awaiting review',
  pendingNone: 'No team is awaiting review.',
  suspended: 'Suspended teams',
  suspendedNone: 'No team is suspended.',
  search: 'Find a team',
  reason: 'Reason',
  reasonHint: "Returning, suspending and restoring need a reason (2 to 500 characters): the team's admins read it, and the audit trail keeps it.",
  needReason: 'Please give the reason (at least 2 characters).',
  approve: 'Approve',
  ret: 'Return for changes',
  suspend: 'Suspend',
  restore: 'Restore',
  registeredAt: 'Registered',
  suspendedAt: 'Suspended',
  returnedReason: 'Returned because',
  suspendedReason: 'Suspended because',
  members: (n) => `${n} member${n === 1 ? '' : 's'}`,
  done: {
    approve: (n) => `${n} is approved.`,
    ret: (n) => `${n} was returned; the team will see the reason.`,
    suspend: (n) => `${n} is suspended.`,
    restore: (n) => `${n} is restored.`,
  },
  finder: {
    label: 'Team name',
    hint: 'Type part of the name; teams in any state are found.',
    find: 'Find',
    none: 'No team has that in its name.',
    results: (n) => `${n} team${n === 1 ? '' : 's'} found`,
    choose: 'Choose',
    chosen: (name) => `Chosen: ${name}`,
    clear: 'Clear',
  },
  fields: {},
};

export const ADMIN_TEAM_WORDS: Record<Locale, AdminTeamWords> = { 'zh-CN': zh, en };
