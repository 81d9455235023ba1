// The words of the inbox on "my account" (MyNotifications), in both languages. Titles from the
// API stay Chinese; times come formatted in the page's language.
import type { Locale } from '../../i18n/locales';
import { formatMoment, formatTimeSpan } from '../../lib/format';
import { formatMomentEn, formatTimeSpanEn } from '../../lib/format-en';

const zh = {
  title: '我的消息',
  empty: '暂无消息。候补转正、抽签结果、活动提醒、时段调整和活动取消会在这里通知你。',
  unread: (n: number) => (n ? `${n} 条未读` : '全部已读'),
  markRead: '全部标为已读',
  fresh: '未读',
  more: '更多消息',
  open: '查看活动',
  emailed: '已发邮件',
  promoted: (title: string, when: string) => `候补转正：你已获得“${title}”（${when}）的名额，请按时参加。`,
  drawnIn: (title: string, when: string) => `抽签结果：你已抽中“${title}”（${when}），请按时参加。`,
  drawnWait: (title: string, when: string, n: number | null) =>
    `抽签结果：“${title}”（${when}）未抽中${n ? `，你在候补第 ${n} 位，有名额空出时将依次递补` : ''}。`,
  drawn: (title: string, when: string) => `抽签结果已公布：“${title}”（${when}）。`,
  cancelled: (title: string, reason: string | null) => `活动取消：“${title}”已取消${reason ? `，原因：${reason}` : ''}。你的报名随之取消。`,
  requestClaimed: (title: string) => `需求已被认领：志愿服务队伍认领了你提出的“${title}”。`,
  requestDone: (title: string) => `需求已完成：“${title}”已标记完成，请在下方“我提出的服务需求”中确认并评价。`,
  teamMessage: (team: string, title: string, body: string) => `${team}通知「${title}」：${body}`,
  webhookDisabled: (team: string) =>
    `Webhook 已停用：${team}的一个接收地址连续投递失败超过一天，已停止发送。请在 Webhook 页面查看投递记录，合作方修复后重新启用。`,
  toWebhooks: '查看 Webhook',
  reminder: (title: string, when: string, hours: number) =>
    `活动提醒：你报名的“${title}”将在${hours >= 24 && hours % 24 === 0 ? ` ${hours / 24} 天` : ` ${hours} 小时`}后开始（${when}），请按时参加；不能参加请提前取消报名，把名额让给他人。`,
  shiftMoved: (title: string, from: string, to: string, reason: string | null) =>
    `时段调整：你报名的“${title}”由 ${from} 改为 ${to}${reason ? `，原因：${reason}` : ''}。你的报名保留；新时间不能参加的，请提前取消报名。`,
  shiftCancelled: (title: string, when: string, reason: string | null) =>
    `时段取消：“${title}”（${when}）这一时段已取消${reason ? `，原因：${reason}` : ''}。你在该时段的报名随之取消，活动的其他时段照常进行。`,
  storyPublished: (title: string, note: string | null) => `心得已发布：你的志愿心得“${title}”已通过审核并公开${note ? `。审核意见：${note}` : ''}。`,
  storyRejected: (title: string, note: string | null) => `心得未通过审核：“${title}”${note ? `，意见：${note}` : ''}。`,
  storyHidden: (title: string, note: string | null) => `心得已被隐藏：“${title}”已被平台隐藏${note ? `，原因：${note}` : ''}。`,
  fmt: { moment: formatMoment, timeSpan: formatTimeSpan },
};

const en: typeof zh = {
  title: 'My messages',
  empty:
    'No messages yet. A place from the waitlist, a lottery result, a reminder before an activity, a moved shift or a cancelled activity is announced here.',
  unread: (n: number) => (n ? `${n} unread` : 'All read'),
  markRead: 'Mark all as read',
  fresh: 'New',
  more: 'More messages',
  open: 'View activity',
  emailed: 'Emailed',
  promoted: (title: string, when: string) => `Off the waitlist: you have a place at “${title}” (${when}). Please be there on time.`,
  drawnIn: (title: string, when: string) => `Lottery result: you were drawn for “${title}” (${when}). Please be there on time.`,
  drawnWait: (title: string, when: string, n: number | null) =>
    `Lottery result: you were not drawn for “${title}” (${when})${n ? `; you are number ${n} on the waitlist and move up as places come free` : ''}.`,
  drawn: (title: string, when: string) => `Lottery result published: “${title}” (${when}).`,
  cancelled: (title: string, reason: string | null) => `Cancelled: “${title}”${reason ? ` (reason: ${reason})` : ''}. Your sign-up is cancelled with it.`,
  requestClaimed: (title: string) => `Claimed: a volunteer team took on your request “${title}”.`,
  requestDone: (title: string) => `Done: “${title}” was marked done. Confirm and rate it under “My service requests” below.`,
  teamMessage: (team: string, title: string, body: string) => `From ${team}, “${title}”: ${body}`,
  webhookDisabled: (team: string) =>
    `Webhook disabled: deliveries to an endpoint of ${team} kept failing for over a day, so nothing more is sent to it. See its delivery log on the Webhooks page and enable it again once the partner has fixed it.`,
  toWebhooks: 'Open Webhooks',
  reminder: (title: string, when: string, hours: number) =>
    `Reminder: “${title}” starts in ${hours >= 24 && hours % 24 === 0 ? (hours === 24 ? 'a day' : `${hours / 24} days`) : hours === 1 ? 'an hour' : `${hours} hours`} (${when}). Please be on time, or cancel your sign-up early so someone else can take the place.`,
  shiftMoved: (title: string, from: string, to: string, reason: string | null) =>
    `Shift moved: your shift at “${title}” has moved from ${from} to ${to}${reason ? ` (reason: ${reason})` : ''}. Your sign-up stands; if you cannot come at the new time, please cancel it early.`,
  shiftCancelled: (title: string, when: string, reason: string | null) =>
    `Shift cancelled: the shift of “${title}” (${when}) is cancelled${reason ? ` (reason: ${reason})` : ''}. Your sign-up for it is cancelled with it; the activity's other shifts go ahead.`,
  storyPublished: (title: string, note: string | null) => `Story published: your story “${title}” was approved and is public${note ? ` (note: ${note})` : ''}.`,
  storyRejected: (title: string, note: string | null) => `Story returned: “${title}” was not approved${note ? ` (note: ${note})` : ''}.`,
  storyHidden: (title: string, note: string | null) => `Story hidden: platform staff hid “${title}”${note ? ` (reason: ${note})` : ''}.`,
  fmt: { moment: formatMomentEn, timeSpan: formatTimeSpanEn },
};

export const NOTIFICATION_WORDS: Record<Locale, typeof zh> = { 'zh-CN': zh, en };
