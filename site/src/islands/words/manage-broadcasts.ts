// /manage/broadcasts/ (群发通知): a team's COORDINATOR or ADMIN writes to its members or to one shift's volunteers, in both languages.
import type { Locale } from '../../i18n/locales';

export interface BroadcastWords {
  writeTitle: string;
  writeNote: string;
  audience: string;
  members: string;
  shiftOf: (label: string) => string;
  title: string;
  titleHint: string;
  body: string;
  bodyHint: string;
  preview: string;
  previewEmpty: string;
  reaches: (n: number) => string;
  counting: string;
  send: (n: number) => string;
  sent: (n: number) => string;
  needTitle: string;
  needBody: string;
  nobody: string;
  historyTitle: string;
  historyNote: string;
  none: string;
  toMembers: string;
  toShift: string;
  report: (sent: number, read: number) => string;
  more: string;
}

const zh: BroadcastWords = {
  writeTitle: '写通知',
  writeNote: '通知发到每位收件人的“我的消息”（填写了邮箱并开启邮件提醒的志愿者也会收到邮件）。每个团队 24 小时内群发的条数有上限，请把要说的事合并在一条里。',
  audience: '发给',
  members: '团队全体成员',
  shiftOf: (label) => `报名了“${label}”的志愿者`,
  title: '标题',
  titleHint: '2–60 字，例如“本周六集合时间调整”',
  body: '内容',
  bodyHint: '2–1000 字',
  preview: '预览：收件人看到的样子',
  previewEmpty: '写下标题和内容后在这里预览。',
  reaches: (n) => `将发送给 ${n} 人（不含你自己）`,
  counting: '正在统计收件人……',
  send: (n) => `发送给 ${n} 人`,
  sent: (n) => `已发送给 ${n} 人。`,
  needTitle: '请填写标题（2–60 字）',
  needBody: '请填写内容（2–1000 字）',
  nobody: '没有收件人：所选范围内除你之外没有志愿者。',
  historyTitle: '已发送的通知',
  historyNote: '每条通知的收件人数和已读人数（收件人在“我的消息”中标为已读即计入）。',
  none: '还没有发过通知。',
  toMembers: '全体成员',
  toShift: '时段报名者',
  report: (sent, read) => `发送 ${sent} 人 · 已读 ${read} 人`,
  more: '更多',
};

const en: BroadcastWords = {
  writeTitle: 'Write a message',
  writeNote:
    'The message goes to each recipient\u2019s “My messages” (and by email to volunteers who gave an address and keep email on). A team may send only a few in any 24 hours: say several things in one.',
  audience: 'To',
  members: 'Every member of the team',
  shiftOf: (label) => `The volunteers signed up for “${label}”`,
  title: 'Title',
  titleHint: '2–60 characters, e.g. “Saturday: new meeting time”',
  body: 'Message',
  bodyHint: '2–1000 characters',
  preview: 'Preview: what recipients see',
  previewEmpty: 'Write a title and a message to preview it here.',
  reaches: (n) => `Goes to ${n === 1 ? '1 person' : `${n} people`} (not you)`,
  counting: 'Counting recipients…',
  send: (n) => `Send to ${n === 1 ? '1 person' : `${n} people`}`,
  sent: (n) => `Sent to ${n === 1 ? '1 person' : `${n} people`}.`,
  needTitle: 'Write a title (2–60 characters)',
  needBody: 'Write the message (2–1000 characters)',
  nobody: 'No recipients: nobody but you is in the chosen group.',
  historyTitle: 'Messages sent',
  historyNote: 'How many each message went to, and how many have read it (marked it read in “My messages”).',
  none: 'No messages sent yet.',
  toMembers: 'All members',
  toShift: 'A shift\u2019s volunteers',
  report: (sent, read) => `Sent to ${sent} · read by ${read}`,
  more: 'More',
};

export const BROADCAST_WORDS: Record<Locale, BroadcastWords> = { 'zh-CN': zh, en };
