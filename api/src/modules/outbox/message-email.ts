// The email of an outbox message: a subject and a plain-text body that say what the inbox on
// "my account" says of it (site/src/islands/words/notifications.ts), in Chinese with English
// below (a volunteer has no language of their own yet), with links to the activity, to the
// inbox and to turn email off. Times are China time, whatever the server's time zone.
import { OutboxTopic, type ClaimedMessage } from './outbox.queries.js';

export interface MessageEmail {
  subject: string;
  text: string;
}

interface Words {
  /** The message in one or two sentences. */
  line: string;
  /** What the subject says before the title. */
  headline: string;
}

const CHINA = 'Asia/Shanghai';
const zhDay = new Intl.DateTimeFormat('zh-CN', { timeZone: CHINA, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
const enDay = new Intl.DateTimeFormat('en-GB', { timeZone: CHINA, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: CHINA, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `2026年12月5日周六 09:00–12:00` / `Sat 5 Dec 2026, 09:00–12:00`; the end's day too when it differs. */
function timeSpan(day: Intl.DateTimeFormat, startsAt: Date | null, endsAt: Date | null, comma: string): string {
  if (!startsAt || !endsAt) return '';
  const endDay = day.format(endsAt) === day.format(startsAt) ? '' : `${day.format(endsAt)}${comma}`;
  return `${day.format(startsAt)}${comma}${clock.format(startsAt)}–${endDay}${clock.format(endsAt)}`;
}

const text = (payload: Record<string, unknown>, key: string) => (typeof payload[key] === 'string' ? payload[key] : null);
const count = (payload: Record<string, unknown>, key: string) => (typeof payload[key] === 'number' ? payload[key] : null);

function chinese(m: ClaimedMessage): Words {
  const title = m.projectTitle ?? '';
  const when = timeSpan(zhDay, m.startsAt, m.endsAt, ' ');
  const at = when ? `（${when}）` : '';
  const reason = text(m.payload, 'reason');
  switch (m.topic) {
    case OutboxTopic.SIGNUP_PROMOTED:
      return { headline: '候补转正', line: `你已获得“${title}”${at}的名额，请按时参加。` };
    case OutboxTopic.SIGNUP_DRAWN: {
      const status = text(m.payload, 'status');
      if (status === 'CONFIRMED') return { headline: '抽签结果：已抽中', line: `你已抽中“${title}”${at}，请按时参加。` };
      const place = waitlistPlace(m);
      if (status === 'WAITLISTED')
        return { headline: '抽签结果：候补', line: `“${title}”${at}未抽中${place ? `，你在候补第 ${place} 位，有名额空出时将依次递补` : ''}。` };
      return { headline: '抽签结果：未抽中', line: `“${title}”${at}未抽中，感谢你的报名。` };
    }
    case OutboxTopic.PROJECT_CANCELLED:
      return { headline: '活动取消', line: `“${title}”${at}已取消${reason ? `，原因：${reason}` : ''}。你的报名随之取消。` };
    case OutboxTopic.SERVICE_REQUEST_CLAIMED:
      return { headline: '需求已被认领', line: `志愿服务队伍认领了你提出的“${m.requestTitle ?? ''}”。` };
    case OutboxTopic.SERVICE_REQUEST_DONE:
      return { headline: '需求已完成', line: `“${m.requestTitle ?? ''}”已标记完成，请在“我的账户”的“我提出的服务需求”中确认并评价。` };
    case OutboxTopic.SHIFT_REMINDER: {
      const hours = count(m.payload, 'hoursBefore') ?? 24;
      const soon = hours >= 24 && hours % 24 === 0 ? `${hours / 24} 天` : `${hours} 小时`;
      return { headline: '活动提醒', line: `你报名的“${title}”将在 ${soon}后开始${at}，请按时参加；不能参加请提前取消报名，把名额让给他人。` };
    }
    case OutboxTopic.TEAM_MESSAGE:
      return {
        headline: `${text(m.payload, 'organizationName') ?? '团队'}通知`,
        line: `${text(m.payload, 'title') ?? ''}\n\n${text(m.payload, 'body') ?? ''}`,
      };
    case OutboxTopic.WEBHOOK_DISABLED:
      return {
        headline: 'Webhook 已停用',
        line: `${text(m.payload, 'organizationName') ?? '你管理的团队'}的一个 Webhook 接收地址连续投递失败超过一天，已停用。请在团队后台的 Webhook 页面查看投递记录，合作方修复后重新启用。`,
      };
    case OutboxTopic.SHIFT_MOVED: {
      const moved = (key: string) => timeSpan(zhDay, new Date(text(m.payload, `${key}StartsAt`)!), new Date(text(m.payload, `${key}EndsAt`)!), ' ');
      return {
        headline: '时段调整',
        line: `你报名的“${title}”的时段已调整：由 ${moved('old')} 改为 ${moved('new')}${reason ? `，原因：${reason}` : ''}。你的报名保留；新时间不能参加的，请提前取消报名，把名额让给他人。`,
      };
    }
    case OutboxTopic.SHIFT_CANCELLED:
      return {
        headline: '时段取消',
        line: `“${title}”${at}这一时段已取消${reason ? `，原因：${reason}` : ''}。你在该时段的报名随之取消，活动的其他时段照常进行。`,
      };
    case OutboxTopic.STORY_PUBLISHED:
      return { headline: '心得已发布', line: `你的志愿心得“${text(m.payload, 'title') ?? ''}”已通过审核并公开${reason ? `。审核意见：${reason}` : ''}。` };
    case OutboxTopic.STORY_REJECTED:
      return { headline: '心得未通过审核', line: `你的志愿心得“${text(m.payload, 'title') ?? ''}”未通过审核${reason ? `，意见：${reason}` : ''}。` };
    case OutboxTopic.STORY_HIDDEN:
      return { headline: '心得已被隐藏', line: `你的志愿心得“${text(m.payload, 'title') ?? ''}”已被平台隐藏${reason ? `，原因：${reason}` : ''}。` };
  }
}

function english(m: ClaimedMessage): Words {
  const title = m.projectTitle ?? '';
  const when = timeSpan(enDay, m.startsAt, m.endsAt, ', ');
  const at = when ? ` (${when})` : '';
  const reason = text(m.payload, 'reason');
  switch (m.topic) {
    case OutboxTopic.SIGNUP_PROMOTED:
      return { headline: 'Off the waitlist', line: `You have a place at “${title}”${at}. Please be there on time.` };
    case OutboxTopic.SIGNUP_DRAWN: {
      const status = text(m.payload, 'status');
      if (status === 'CONFIRMED') return { headline: 'Lottery result: drawn', line: `You were drawn for “${title}”${at}. Please be there on time.` };
      const place = waitlistPlace(m);
      if (status === 'WAITLISTED')
        return {
          headline: 'Lottery result: waitlist',
          line: `You were not drawn for “${title}”${at}${place ? `; you are number ${place} on the waitlist and move up as places come free` : ''}.`,
        };
      return { headline: 'Lottery result: not drawn', line: `You were not drawn for “${title}”${at}. Thank you for signing up.` };
    }
    case OutboxTopic.PROJECT_CANCELLED:
      return { headline: 'Cancelled', line: `“${title}”${at} is cancelled${reason ? ` (reason: ${reason})` : ''}. Your sign-up is cancelled with it.` };
    case OutboxTopic.SERVICE_REQUEST_CLAIMED:
      return { headline: 'Request claimed', line: `A volunteer team took on your request “${m.requestTitle ?? ''}”.` };
    case OutboxTopic.SERVICE_REQUEST_DONE:
      return {
        headline: 'Request done',
        line: `“${m.requestTitle ?? ''}” was marked done. Confirm and rate it under “My service requests” on your account page.`,
      };
    case OutboxTopic.SHIFT_REMINDER: {
      const hours = count(m.payload, 'hoursBefore') ?? 24;
      const soon = hours >= 24 && hours % 24 === 0 ? (hours === 24 ? 'a day' : `${hours / 24} days`) : hours === 1 ? 'an hour' : `${hours} hours`;
      return {
        headline: 'Reminder',
        line: `“${title}”${at} starts in ${soon}. Please be on time, or cancel your sign-up early so someone else can take the place.`,
      };
    }
    case OutboxTopic.TEAM_MESSAGE:
      return {
        headline: `From ${text(m.payload, 'organizationName') ?? 'your team'}`,
        line: 'The message is above, in the words the team wrote it.',
      };
    case OutboxTopic.WEBHOOK_DISABLED:
      return {
        headline: 'Webhook disabled',
        line: `Deliveries to a webhook endpoint of ${text(m.payload, 'organizationName') ?? 'a team you manage'} kept failing for over a day, so it was disabled. See its delivery log on the team's Webhooks page and enable it again once the partner has fixed it.`,
      };
    case OutboxTopic.SHIFT_MOVED: {
      const moved = (key: string) => timeSpan(enDay, new Date(text(m.payload, `${key}StartsAt`)!), new Date(text(m.payload, `${key}EndsAt`)!), ', ');
      return {
        headline: 'Shift moved',
        line: `Your shift at “${title}” has moved from ${moved('old')} to ${moved('new')}${reason ? ` (reason: ${reason})` : ''}. Your sign-up stands; if you cannot come at the new time, please cancel it early so someone else can take the place.`,
      };
    }
    case OutboxTopic.SHIFT_CANCELLED:
      return {
        headline: 'Shift cancelled',
        line: `The shift of “${title}”${at} is cancelled${reason ? ` (reason: ${reason})` : ''}. Your sign-up for it is cancelled with it; the activity's other shifts go ahead.`,
      };
    case OutboxTopic.STORY_PUBLISHED:
      return {
        headline: 'Story published',
        line: `Your story “${text(m.payload, 'title') ?? ''}” was approved and is public${reason ? ` (note: ${reason})` : ''}.`,
      };
    case OutboxTopic.STORY_REJECTED:
      return { headline: 'Story returned', line: `Your story “${text(m.payload, 'title') ?? ''}” was not approved${reason ? ` (note: ${reason})` : ''}.` };
    case OutboxTopic.STORY_HIDDEN:
      return { headline: 'Story hidden', line: `Platform staff hid your story “${text(m.payload, 'title') ?? ''}”${reason ? ` (reason: ${reason})` : ''}.` };
  }
}

/** A waitlisted entrant's place right after the draw: those drawn came first. */
function waitlistPlace(m: ClaimedMessage): number | null {
  const position = count(m.payload, 'drawPosition');
  const selected = count(m.payload, 'selected');
  return position !== null && selected !== null && position > selected ? position - selected : null;
}

/** What a message is, in a few Chinese words (the subject's and a text's headline). */
export function messageHeadline(m: ClaimedMessage): string {
  return chinese(m).headline;
}

export function messageEmail(m: ClaimedMessage, publicUrl: string, unsubscribeUrl: string): MessageEmail {
  const zh = chinese(m);
  const en = english(m);
  const named = m.topic === OutboxTopic.TEAM_MESSAGE ? text(m.payload, 'title') : (m.projectTitle ?? m.requestTitle);
  const activity = (prefix: string) => (m.projectId && m.topic !== OutboxTopic.PROJECT_CANCELLED ? `${publicUrl}${prefix}/projects/${m.projectId}/` : null);
  const zhActivity = activity('');
  const enActivity = activity('/en');
  return {
    subject: `${zh.headline}${named ? `：${named}` : ''} | ${en.headline}`,
    text: [
      '志愿者你好：',
      '',
      zh.line,
      '',
      ...(zhActivity ? [`查看活动：${zhActivity}`] : []),
      `我的消息：${publicUrl}/account/#messages`,
      '',
      '— English —',
      '',
      'Hello,',
      '',
      en.line,
      '',
      ...(enActivity ? [`The activity: ${enActivity}`] : []),
      `My messages: ${publicUrl}/en/account/#messages`,
      '',
      '-- ',
      '你收到这封邮件，是因为你在爱心志愿服务平台开启了邮件通知；所有消息也都在“我的账户”中。',
      `不再接收邮件：${unsubscribeUrl}`,
      'You get this email because email notifications are on in your Aixin account; every message is also on your account page.',
      `To stop these emails: ${unsubscribeUrl}`,
      '',
    ].join('\n'),
  };
}
