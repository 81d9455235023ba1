// The words of 需求对接 in the back office (/manage/requests/, /manage/triage/, /admin/requests/),
// in both languages. Categories and statuses are the public pages' (words/requests.ts).
import type { Locale } from '../../i18n/locales';

export interface ManageRequestWords {
  board: string;
  boardNote: string;
  boardEmpty: string;
  claimed: string;
  claimedEmpty: string;
  bring: string;
  claim: string;
  claimedOne: (title: string) => string;
  needed: (claimed: number, needed: number) => string;
  contact: string;
  start: string;
  makeActivity: string;
  done: string;
  withdraw: string;
  close: string;
  closeReason: string;
  needReason: string;
  changed: (title: string) => string;
  queue: string;
  queueEmpty: string;
  notTriager: string;
  stale: string;
  staleEmpty: string;
  unclaimedSince: (date: string) => string;
  accept: string;
  decline: string;
  declineReason: string;
  mergeInto: string;
  merge: string;
  accepted: (title: string) => string;
  declined: (title: string) => string;
  merged: (title: string) => string;
  feedback: string;
  feedbackEmpty: string;
  hide: string;
  hidden: string;
  score: (n: number) => string;
}

const zh: ManageRequestWords = {
  board: '待认领的需求',
  boardNote: '认领时写明本队能带去的志愿者人数；大型需求可由多支队伍共同认领，人数满了即从需求广场撤下。',
  boardEmpty: '暂时没有待认领的需求。',
  claimed: '本队认领的需求',
  claimedEmpty: '本队还没有认领需求。',
  bring: '带去的志愿者人数',
  claim: '认领',
  claimedOne: (t) => `已认领“${t}”，求助方会收到通知。`,
  needed: (c, n) => `已认领 ${c} / ${n} 人`,
  contact: '联系人',
  start: '开始服务',
  makeActivity: '为这项需求创建活动（招募志愿者报名）',
  done: '标记完成',
  withdraw: '退回认领',
  close: '关闭需求',
  closeReason: '关闭原因',
  needReason: '请写明原因（至少 2 个字）。',
  changed: (t) => `“${t}”已更新。`,
  queue: '待审核的需求',
  queueEmpty: '没有待审核的需求。',
  notTriager: '只有平台工作人员和各区县志愿服务联合会的管理员可以审核需求；这里列出你所在联合会区县的需求。',
  stale: '长期无人认领的需求',
  staleEmpty: '没有长期无人认领的需求。',
  unclaimedSince: (d) => `自 ${d} 起无人认领`,
  accept: '发布到需求广场',
  decline: '不予发布',
  declineReason: '不予发布的原因（求助方可见）',
  mergeInto: '合并到',
  merge: '合并',
  accepted: (t) => `“${t}”已发布到需求广场。`,
  declined: (t) => `“${t}”不予发布，求助方会看到原因。`,
  merged: (t) => `“${t}”已合并。`,
  feedback: '求助方的评价',
  feedbackEmpty: '还没有评价。',
  hide: '隐藏评价',
  hidden: '已隐藏',
  score: (n) => `${n} / 5 分`,
};

const en: ManageRequestWords = {
  board: 'Open requests',
  boardNote: 'Say how many volunteers your team brings. Several teams can share a large request; once covered, it leaves the public board.',
  boardEmpty: 'No open requests right now.',
  claimed: 'Requests your team claimed',
  claimedEmpty: 'Your team has not claimed a request yet.',
  bring: 'Volunteers you bring',
  claim: 'Claim',
  claimedOne: (t) => `You claimed “${t}”; the requester is told.`,
  needed: (c, n) => `${c} of ${n} volunteers claimed`,
  contact: 'Contact',
  start: 'Start',
  makeActivity: 'Make an activity of it (volunteers sign up)',
  done: 'Mark done',
  withdraw: 'Withdraw the claim',
  close: 'Close',
  closeReason: 'Why close it',
  needReason: 'Give a reason (at least 2 characters).',
  changed: (t) => `“${t}” updated.`,
  queue: 'Requests awaiting review',
  queueEmpty: 'Nothing awaits review.',
  notTriager: 'Platform staff and the admins of a district’s volunteer federation review requests; the requests of your federation’s district are listed here.',
  stale: 'Requests left unclaimed',
  staleEmpty: 'No request has been left unclaimed too long.',
  unclaimedSince: (d) => `Unclaimed since ${d}`,
  accept: 'Publish on the board',
  decline: 'Decline',
  declineReason: 'Why it is declined (the requester reads it)',
  mergeInto: 'Merge into',
  merge: 'Merge',
  accepted: (t) => `“${t}” is on the board.`,
  declined: (t) => `“${t}” was declined; the requester sees the reason.`,
  merged: (t) => `“${t}” was merged.`,
  feedback: 'Requesters’ ratings',
  feedbackEmpty: 'No ratings yet.',
  hide: 'Hide the comment',
  hidden: 'Hidden',
  score: (n) => `${n} / 5`,
};

export const MANAGE_REQUEST_WORDS: Record<Locale, ManageRequestWords> = { 'zh-CN': zh, en };
