// The words of the team pages of the back office: registering a team, its profile and the review
// of member teams, in both languages.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export type TeamField =
  'name' | 'kind' | 'district' | 'city' | 'parent' | 'contactName' | 'contactPhone' | 'description' | 'address' | 'lat' | 'lng' | 'joinPolicy';

export interface TeamWords {
  labels: Record<Exclude<TeamField, 'lat' | 'lng'>, string>;
  hints: Partial<Record<TeamField, string>>;
  kinds: Record<string, string>;
  policies: { APPROVAL: string; OPEN: string };
  noParent: string;
  parentSearch: string;
  parentResults: (n: number) => string;
  register: string;
  registering: string;
  registered: (name: string) => string;
  reviewBy: (parent: string | null) => string;
  toProfile: string;
  signIn: string;
  signInText: string;
  missing: string;
  status: { PENDING: string; APPROVED: string; SUSPENDED: string };
  statusTitle: string;
  returned: string;
  returnedHint: string;
  pendingHint: (parent: string | null) => string;
  save: string;
  saving: string;
  saved: string;
  resubmitted: string;
  readOnly: string;
  phoneKept: (masked: string) => string;
  children: {
    pending: string;
    none: string;
    approved: string;
    noneApproved: string;
    approve: string;
    ret: string;
    reason: string;
    approved1: (n: string) => string;
    returned1: (n: string) => string;
    needReason: string;
    contact: string;
    registeredAt: string;
    notAdmin: string;
  };
  fields: FieldSentences;
}

const zh: TeamWords = {
  labels: {
    name: '团队名称',
    kind: '团队类型',
    district: '所在区县',
    city: '所在城市',
    parent: '上级组织',
    contactName: '联系人',
    contactPhone: '联系电话',
    description: '团队简介与章程',
    address: '地址',
    joinPolicy: '入队方式',
  },
  hints: {
    name: '与登记的名称一致，平台内唯一。',
    parent: '在目录中搜索上级组织（如区志愿者联合会）；由它审核本团队。不选则由平台审核。',
    contactPhone: '加密保存，只向本团队管理者、上级组织管理员和平台显示部分号码。',
  },
  kinds: {
    YOUTH_LEAGUE: '共青团组织',
    GOVERNMENT: '政府部门',
    FEDERATION: '志愿者联合会',
    NGO: '社会组织',
    SCHOOL: '学校',
    COMPANY: '企业',
    COMMUNITY: '社区',
  },
  policies: { APPROVAL: '申请加入，由管理员或协调员审核', OPEN: '志愿者可直接加入' },
  noParent: '（不选，由平台审核）',
  parentSearch: '搜索上级组织',
  parentResults: (n) => `找到 ${n} 个组织`,
  register: '提交注册',
  registering: '正在提交……',
  registered: (name) => `“${name}”已提交注册，等待审核。`,
  reviewBy: (parent) => (parent ? `审核方：上级组织“${parent}”` : '审核方：平台工作人员'),
  toProfile: '查看审核进度和团队资料',
  signIn: '请先登录',
  signInText: '登录后即可注册团队，注册人成为团队管理员。',
  missing: '请填写标出的必填项。',
  status: { PENDING: '待审核', APPROVED: '已通过', SUSPENDED: '已暂停' },
  statusTitle: '审核状态',
  returned: '注册被退回',
  returnedHint: '请按意见修改团队资料并保存，保存即重新提交审核。',
  pendingHint: (parent) => (parent ? `正在等待上级组织“${parent}”审核。` : '正在等待平台审核。'),
  save: '保存资料',
  saving: '正在保存……',
  saved: '已保存团队资料。',
  resubmitted: '已保存并重新提交审核。',
  readOnly: '只有团队管理员可以修改资料。',
  phoneKept: (masked) => `现为 ${masked}；留空则保持不变。`,
  children: {
    pending: '待审核的下属团队',
    none: '暂无待审核的下属团队。',
    approved: '已通过的下属团队',
    noneApproved: '还没有已通过的下属团队。',
    approve: '通过',
    ret: '退回',
    reason: '退回意见（团队可见）',
    approved1: (n) => `已通过“${n}”的注册。`,
    returned1: (n) => `已退回“${n}”的注册。`,
    needReason: '退回时请写明意见（2 到 500 字）',
    contact: '联系人',
    registeredAt: '注册于',
    notAdmin: '只有本组织的管理员可以审核下属团队。',
  },
  fields: {},
};

const en: TeamWords = {
  labels: {
    name: 'Team name',
    kind: 'Kind of team',
    district: 'District or county',
    city: 'City',
    parent: 'Parent organisation',
    contactName: 'Contact person',
    contactPhone: 'Contact phone',
    description: 'About the team and its charter',
    address: 'Address',
    joinPolicy: 'Joining',
  },
  hints: {
    name: 'As registered; unique on the platform.',
    parent:
      'Search the directory for the federation above you (e.g. the district volunteer federation); it reviews your team. Leave it out and the platform reviews it.',
    contactPhone: "Stored encrypted; shown in part to the team's managers, the parent's admins and platform staff only.",
  },
  kinds: {
    YOUTH_LEAGUE: 'Youth League',
    GOVERNMENT: 'Government department',
    FEDERATION: 'Volunteer federation',
    NGO: 'NGO',
    SCHOOL: 'School',
    COMPANY: 'Company',
    COMMUNITY: 'Community',
  },
  policies: { APPROVAL: 'Volunteers ask to join; an admin or coordinator accepts', OPEN: 'Volunteers join at once' },
  noParent: '(none: the platform reviews it)',
  parentSearch: 'Search parent organisations',
  parentResults: (n) => `${n} found`,
  register: 'Register the team',
  registering: 'Sending…',
  registered: (name) => `“${name}” is registered and awaits review.`,
  reviewBy: (parent) => (parent ? `Reviewed by the parent organisation “${parent}”` : 'Reviewed by platform staff'),
  toProfile: 'See the review and the team profile',
  signIn: 'Please sign in',
  signInText: 'Sign in to register a team; you become its admin.',
  missing: 'Please fill in the marked fields.',
  status: { PENDING: 'Awaiting review', APPROVED: 'Approved', SUSPENDED: 'Suspended' },
  statusTitle: 'Review',
  returned: 'The registration was returned',
  returnedHint: 'Change the profile as asked and save it: saving sends it for review again.',
  pendingHint: (parent) => (parent ? `Awaiting review by the parent organisation “${parent}”.` : 'Awaiting review by platform staff.'),
  save: 'Save the profile',
  saving: 'Saving…',
  saved: 'The team profile is saved.',
  resubmitted: 'Saved and sent for review again.',
  readOnly: "Only the team's admins can change the profile.",
  phoneKept: (masked) => `Now ${masked}; leave blank to keep it.`,
  children: {
    pending: 'Member teams awaiting review',
    none: 'No member team awaits review.',
    approved: 'Approved member teams',
    noneApproved: 'No approved member team yet.',
    approve: 'Approve',
    ret: 'Return',
    reason: 'Why it is returned (the team reads this)',
    approved1: (n) => `“${n}” is approved.`,
    returned1: (n) => `“${n}” was returned.`,
    needReason: 'Say why it is returned (2 to 500 characters)',
    contact: 'Contact',
    registeredAt: 'Registered',
    notAdmin: "Only this organisation's admins review its member teams.",
  },
  fields: {},
};

export const TEAM_WORDS: Record<Locale, TeamWords> = { 'zh-CN': zh, en };
