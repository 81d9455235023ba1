// The words of the audit trail page (/admin/audit/) in both languages: the filters, and each
// action as a readable phrase ("张三 暂停了「某某志愿队」：原因").
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export interface AuditWords {
  filters: string;
  action: string;
  anyAction: string;
  actorNumber: string;
  actorNumberHint: string;
  team: string;
  from: string;
  to: string;
  apply: string;
  reset: string;
  events: string;
  count: (n: number) => string;
  none: string;
  more: string;
  system: string;
  something: string;
  /** Each action as a phrase after the actor's name; `{team}` is the team it concerns. */
  actions: Record<string, string>;
  reasonSep: string;
  fields: FieldSentences;
}

const zh: AuditWords = {
  filters: '筛选',
  action: '操作',
  anyAction: '全部操作',
  actorNumber: '操作人的志愿者编号',
  actorNumberHint: '例如 AX0000000001。',
  team: '对象团队',
  from: '开始日期',
  to: '结束日期（含当天）',
  apply: '筛选',
  reset: '清除筛选',
  events: '审计记录（最新的在前）',
  count: (n) => `共 ${n} 条`,
  none: '没有符合条件的记录。',
  more: '更多',
  system: '系统',
  something: '某对象',
  actions: {
    'organization.registered': '登记了团队{team}',
    'organization.approved': '通过了{team}',
    'organization.returned': '退回了{team}',
    'organization.suspended': '暂停了{team}',
    'organization.restored': '恢复了{team}',
    'organization.updated': '修改了{team}的资料',
    'organization.resubmitted': '重新提交了{team}',
    'membership.role-changed': '更改了{team}成员的角色',
    'membership.removed': '将成员移出了{team}',
    'membership.admin-handed-over': '移交了{team}的管理员',
    'membership-request.accepted': '接受了{team}的入队申请',
    'membership-request.declined': '拒绝了{team}的入队申请',
    'partner-key.created': '为{team}签发了合作方密钥',
    'partner-key.revoked': '吊销了{team}的合作方密钥',
    'oauth-app.registered': '登记了代办应用',
    'oauth-app.disabled': '停用了代办应用',
    'oauth-app.authorized': '授权应用代为办理',
    'oauth-app.disconnected': '解除了应用授权',
    'webhook.created': '为{team}添加了 Webhook 接收地址',
    'webhook.deleted': '删除了{team}的 Webhook 接收地址',
    'webhook.enabled': '重新启用了{team}的 Webhook 接收地址',
    'webhook.disabled': '因持续投递失败停用了{team}的 Webhook 接收地址',
    'personal-data.read': '查看了个人信息',
    'volunteer.registered': '注册了账户',
    'volunteer.registered-assisted': '代为注册了志愿者',
    'volunteer.deleted': '注销了账户',
    'volunteer.password-changed': '修改了密码',
    'volunteer.phone-changed': '更换了手机号',
    'volunteer.card-photo-changed': '更换了志愿者卡照片',
    'volunteer.profile-updated': '修改了个人资料',
    'session.created': '登录',
    'session.revoked': '退出了登录',
    'signup.attended': '标记了到场',
    'signup.no-show': '标记了缺席',
    'hours.walk-in': '登记了临时到场的服务时长',
    'hours.imported': '导入了历史服务记录',
    'organization.logo-changed': '更换了{team}的标志',
    'project.photos-updated': '更新了{team}活动的照片',
    'news.submitted': '提交了{team}的资讯待审核',
    'news.published': '发布了资讯',
    'news.returned': '退回了{team}的资讯',
    'news.withdrawn': '撤回了资讯',
    'role-model.published': '发布了志愿榜样',
    'role-model.withdrawn': '撤回了志愿榜样',
    'showcase.published': '发布了项目展示',
    'showcase.withdrawn': '撤回了项目展示',
    'rating.comment-hidden': '隐藏了{team}一条活动评价的留言',
    'qualification-kind.created': '新增了资质类别',
    'enrolment.attended': '记录了培训出勤（颁发资质）',
    'enrolment.absent': '记录了培训缺席',
    'story.hidden': '隐藏了{team}的一篇志愿心得',
    'service-request.accepted': '将服务需求发布到需求广场',
    'service-request.declined': '不予发布服务需求',
    'service-request.merged': '合并了重复的服务需求',
    'service-request.closed': '关闭了服务需求',
    'service-request.feedback-hidden': '隐藏了服务需求的评价',
    'contest.created': '创建了评比活动',
    'contest.advanced': '推进了评比活动的阶段',
  },
  reasonSep: '：',
  fields: {},
};

const en: AuditWords = {
  filters: 'Filters',
  action: 'Action',
  anyAction: 'Any action',
  actorNumber: "Actor's volunteer number",
  actorNumberHint: 'E.g. AX0000000001.',
  team: 'Team concerned',
  from: 'From',
  to: 'To (inclusive)',
  apply: 'Filter',
  reset: 'Clear filters',
  events: 'Audit trail (newest first)',
  count: (n) => `${n} event${n === 1 ? '' : 's'}`,
  none: 'No events match.',
  more: 'More',
  system: 'The system',
  something: 'something',
  actions: {
    'organization.registered': 'registered the team {team}',
    'organization.approved': 'approved {team}',
    'organization.returned': 'returned {team} for changes',
    'organization.suspended': 'suspended {team}',
    'organization.restored': 'restored {team}',
    'organization.updated': "edited {team}'s profile",
    'organization.resubmitted': 'resubmitted {team}',
    'membership.role-changed': "changed a member's role in {team}",
    'membership.removed': 'removed a member from {team}',
    'membership.admin-handed-over': "handed over {team}'s admin role",
    'membership-request.accepted': 'accepted a request to join {team}',
    'membership-request.declined': 'declined a request to join {team}',
    'partner-key.created': 'issued a partner key for {team}',
    'partner-key.revoked': 'revoked a partner key of {team}',
    'oauth-app.registered': 'registered an app',
    'oauth-app.disabled': 'disabled an app',
    'oauth-app.authorized': 'allowed an app to act for them',
    'oauth-app.disconnected': 'disconnected an app',
    'webhook.created': 'added a webhook endpoint for {team}',
    'webhook.deleted': 'deleted a webhook endpoint of {team}',
    'webhook.enabled': 'enabled a webhook endpoint of {team} again',
    'webhook.disabled': 'disabled a webhook endpoint of {team} whose deliveries kept failing',
    'personal-data.read': 'read personal data',
    'volunteer.registered': 'registered an account',
    'volunteer.registered-assisted': 'registered a volunteer on their behalf',
    'volunteer.deleted': 'deleted an account',
    'volunteer.password-changed': 'changed a password',
    'volunteer.phone-changed': 'changed a phone number',
    'volunteer.card-photo-changed': "changed their volunteer card's photo",
    'volunteer.profile-updated': 'edited a profile',
    'session.created': 'signed in',
    'session.revoked': 'signed out',
    'signup.attended': 'marked a volunteer present',
    'signup.no-show': 'marked a volunteer absent',
    'hours.walk-in': 'recorded hours for a walk-in',
    'hours.imported': 'imported earlier service records',
    'organization.logo-changed': "changed {team}'s logo",
    'project.photos-updated': 'updated the photos of an activity of {team}',
    'news.submitted': "submitted {team}'s news for review",
    'news.published': 'published a news article',
    'news.returned': "returned {team}'s news for changes",
    'news.withdrawn': 'withdrew a news article',
    'role-model.published': 'published a role model',
    'role-model.withdrawn': 'withdrew a role model',
    'showcase.published': 'published a showcase',
    'showcase.withdrawn': 'withdrew a showcase',
    'rating.comment-hidden': 'hid the comment of a rating of {team}',
    'qualification-kind.created': 'added a qualification kind',
    'enrolment.attended': 'recorded training attendance (qualification issued)',
    'enrolment.absent': 'recorded a training absence',
    'story.hidden': 'hid a volunteer story of {team}',
    'service-request.accepted': 'published a service request on the board',
    'service-request.declined': 'declined a service request',
    'service-request.merged': 'merged a duplicate service request',
    'service-request.closed': 'closed a service request',
    'service-request.feedback-hidden': "hid a service request's comment",
    'contest.created': 'opened a contest',
    'contest.advanced': 'moved a contest to its next phase',
  },
  reasonSep: ': ',
  fields: {
    'BAD_USER_INPUT.to': 'The end date must not be before the start date.',
    'BAD_USER_INPUT.actorNumber': 'Give a volunteer number of at most 60 characters.',
  },
};

export const AUDIT_WORDS: Record<Locale, AuditWords> = { 'zh-CN': zh, en };
