// The words of a team's webhooks (/manage/webhooks/) in both languages: its endpoints, their
// delivery logs, adding one (the signing secret shown once) and the events to choose from.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookWords {
  listTitle: (team: string) => string;
  note: string;
  none: string;
  active: string;
  disabled: string;
  created: string;
  lastDelivered: string;
  neverDelivered: string;
  failing: (n: number) => string;
  disabledNote: (when: string) => string;
  /** Each event the API sends (the endpoint's choices, in this order) and the test event. */
  events: Record<string, string>;
  ping: string;
  pinged: string;
  enable: string;
  enabled: string;
  remove: string;
  confirmRemove: (url: string) => string;
  confirm: string;
  cancel: string;
  removed: (url: string) => string;
  log: string;
  logNone: string;
  refresh: string;
  status: Record<DeliveryStatus, string>;
  queued: string;
  nextAttempt: (when: string) => string;
  answer: (code: number | null) => string;
  attempts: (n: number) => string;
  redeliver: string;
  redelivered: string;
  create: string;
  url: string;
  urlHint: string;
  chooseEvents: string;
  needEvents: string;
  creating: string;
  secretTitle: string;
  secretWarning: string;
  secretLabel: string;
  usage: string;
  copy: string;
  copied: string;
  copyFailed: string;
  done: string;
  notAdmin: string;
  fields: FieldSentences;
}

const zh: WebhookWords = {
  listTitle: (team) => `${team}的 Webhook`,
  note: '合作方应用在这里登记接收地址：团队发布活动、有人报名或取消、记录服务时长时，平台向该地址发送带签名的 POST 请求，失败后在一天内多次重试。请求只含编号和公开信息，不含个人信息。',
  none: '还没有接收地址。',
  active: '启用中',
  disabled: '已停用',
  created: '创建于',
  lastDelivered: '最近送达',
  neverDelivered: '尚未送达',
  failing: (n) => `连续失败 ${n} 次`,
  disabledNote: (when) => `因连续投递失败超过一天，于 ${when} 停用，不再接收新事件。请合作方修复后重新启用，等待中的投递会随即发出。`,
  events: {
    'activity.published': '活动发布',
    'activity.cancelled': '活动取消',
    'signup.created': '新报名',
    'signup.cancelled': '取消报名',
    'hours.recorded': '记录服务时长',
    'service_request.claimed': '认领服务需求',
    'service_request.done': '服务需求完成',
    'shift.moved': '时段调整',
    'shift.cancelled': '时段取消',
    'webhook.ping': '测试事件',
  },
  ping: '发送测试事件',
  pinged: '测试事件已发出，结果见投递记录。',
  enable: '重新启用',
  enabled: '已重新启用。',
  remove: '删除',
  confirmRemove: (url) => `确定删除接收地址 ${url} 吗？删除后不再向它发送事件，投递记录一并删除，且无法恢复。`,
  confirm: '确定删除',
  cancel: '取消',
  removed: (url) => `已删除 ${url}。`,
  log: '最近投递',
  logNone: '还没有投递记录。',
  refresh: '刷新',
  status: { PENDING: '等待重试', DELIVERED: '已送达', FAILED: '已放弃' },
  queued: '排队中',
  nextAttempt: (when) => `下次尝试：${when}`,
  answer: (code) => (code === null ? '无响应' : `响应 ${code}`),
  attempts: (n) => `共尝试 ${n} 次`,
  redeliver: '重新投递',
  redelivered: '已重新排队投递。',
  create: '添加接收地址',
  url: '接收地址',
  urlHint: '合作方提供的 https 地址，例如 https://partner.example.cn/aixin/webhook；不能是内网或本机地址。',
  chooseEvents: '接收的事件',
  needEvents: '请至少选择一种事件。',
  creating: '正在添加……',
  secretTitle: '签名密钥',
  secretWarning: '密钥只显示这一次，离开或刷新页面后无法再次查看。请立即复制，交给合作方妥善保存。',
  secretLabel: '密钥',
  usage: '合作方用它校验每个请求的 X-Aixin-Signature 请求头：sha256= 加上请求原文以密钥计算的 HMAC-SHA256（十六进制）。',
  copy: '复制密钥',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制，请选中密钥后手动复制。',
  done: '我已保存',
  notAdmin: '只有团队的管理员可以管理 Webhook。你是协调员，请联系团队管理员。',
  fields: { 'url:BAD_FORMAT': '地址不是有效的网址，例如 https://example.com/aixin/webhook。' },
};

const en: WebhookWords = {
  listTitle: (team) => `Webhooks of ${team}`,
  note: "Partner apps' endpoints: when the team publishes an activity, someone signs up or cancels, or hours are recorded, the platform POSTs a signed request to each, retrying for a day if it fails. Requests carry IDs and public facts, never personal data.",
  none: 'No endpoints yet.',
  active: 'Active',
  disabled: 'Disabled',
  created: 'Created',
  lastDelivered: 'Last delivered',
  neverDelivered: 'Nothing delivered yet',
  failing: (n) => `${n} failed attempt${n === 1 ? '' : 's'} in a row`,
  disabledNote: (when) =>
    `Disabled on ${when} after its deliveries failed for over a day; it takes no new events. Once the partner has fixed it, enable it again: waiting deliveries go out at once.`,
  events: {
    'activity.published': 'Activity published',
    'activity.cancelled': 'Activity cancelled',
    'signup.created': 'New sign-up',
    'signup.cancelled': 'Sign-up cancelled',
    'hours.recorded': 'Hours recorded',
    'service_request.claimed': 'Service request claimed',
    'service_request.done': 'Service request done',
    'shift.moved': 'Shift moved',
    'shift.cancelled': 'Shift cancelled',
    'webhook.ping': 'Test event',
  },
  ping: 'Send a test event',
  pinged: 'Test event sent: see the delivery log.',
  enable: 'Enable again',
  enabled: 'Enabled again.',
  remove: 'Delete',
  confirmRemove: (url) => `Delete the endpoint ${url}? No more events go to it, its delivery log is deleted too, and it cannot be undone.`,
  confirm: 'Delete it',
  cancel: 'Cancel',
  removed: (url) => `${url} is deleted.`,
  log: 'Recent deliveries',
  logNone: 'No deliveries yet.',
  refresh: 'Refresh',
  status: { PENDING: 'Retrying', DELIVERED: 'Delivered', FAILED: 'Given up' },
  queued: 'Queued',
  nextAttempt: (when) => `Next attempt: ${when}`,
  answer: (code) => (code === null ? 'No answer' : `Answered ${code}`),
  attempts: (n) => `${n} attempt${n === 1 ? '' : 's'}`,
  redeliver: 'Redeliver',
  redelivered: 'Queued for delivery again.',
  create: 'Add an endpoint',
  url: 'Endpoint URL',
  urlHint: "The partner's https address, e.g. https://partner.example.cn/aixin/webhook; not a private network or this machine.",
  chooseEvents: 'Events it receives',
  needEvents: 'Choose at least one event.',
  creating: 'Adding…',
  secretTitle: 'Signing secret',
  secretWarning:
    'The secret is shown this once: after you leave or reload the page it cannot be seen again. Copy it now and hand it to the partner to keep safe.',
  secretLabel: 'Secret',
  usage: 'The partner checks the X-Aixin-Signature header of every request with it: sha256= and the HMAC-SHA256 (hex) of the raw body, keyed with the secret.',
  copy: 'Copy the secret',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy automatically; select the secret and copy it by hand.',
  done: 'I have saved it',
  notAdmin: "Only the team's admins manage webhooks. You are a coordinator: ask an admin of the team.",
  fields: {
    'url:BAD_FORMAT': 'The address is not a URL such as https://example.com/aixin/webhook.',
    'BAD_USER_INPUT.events': 'Choose at least one event.',
  },
};

export const WEBHOOK_WORDS: Record<Locale, WebhookWords> = { 'zh-CN': zh, en };

/** The events an endpoint may choose (all but the test event). */
export const WEBHOOK_EVENT_NAMES = Object.keys(zh.events).filter((e) => e !== 'webhook.ping');
