// Sentences for the organization module's reasons (api/src/common/error-reasons.ts, section "organization").
import { detail, type ReasonWords } from './words.js';

export const organization: ReasonWords = {
  NAME_TAKEN: { 'zh-CN': '该组织名称已被注册。', en: 'Another organisation is registered with this name.' },
  BAD_SLUG: {
    'zh-CN': (e) => `网址名称应为${detail(e, 'min', '2')}至${detail(e, 'max', '40')}个小写字母、数字，单词之间用一个连字符“-”连接。`,
    en: (e) => `A web address name has ${detail(e, 'min', '2')} to ${detail(e, 'max', '40')} lower-case letters and digits, words joined by single hyphens.`,
  },
  NO_LETTERS: { 'zh-CN': '名称应包含文字。', en: 'A name needs letters or digits.' },
  ID_OR_SLUG: { 'zh-CN': '请指定组织或其网址名称之一。', en: 'Give the organisation or its web address name, one of them.' },
  PARENT_NOT_APPROVED: { 'zh-CN': '上级组织不存在或尚未通过审核。', en: 'The parent organisation does not exist or is not approved yet.' },
  NOT_SUSPENDED: { 'zh-CN': '只能恢复已暂停的组织。', en: 'Only a suspended organisation can be restored.' },
  NOT_PENDING: { 'zh-CN': '只能退回待审核的组织。', en: 'Only an organisation awaiting review can be returned.' },
  PARENT_ADMINS_ONLY: {
    'zh-CN': '只有上级组织的管理员或平台工作人员可以审核。',
    en: 'Only admins of the parent organisation or platform staff can review it.',
  },
  TEAM_ROLE_REQUIRED: { 'zh-CN': '你没有该组织的相应权限。', en: 'Your role in this team does not allow this.' },
  ADMINS_ONLY: { 'zh-CN': '只有管理员可以移交管理员身份。', en: 'Only an admin can hand the admin role over.' },
  COORDINATORS_REMOVE_MEMBERS_ONLY: { 'zh-CN': '协调员只能移除普通成员。', en: 'Coordinators can remove ordinary members only.' },
  CHOOSE_ANOTHER_MEMBER: { 'zh-CN': '请选择另一位成员。', en: 'Choose another member.' },
  OTHER_TEAM: { 'zh-CN': '该接口密钥只能操作其所属组织的数据。', en: 'This API key works on its own organisation’s data only.' },
  ALREADY_MEMBER: { 'zh-CN': '你已经是该组织的成员。', en: 'You are a member of this organisation already.' },
  LAST_ADMIN: {
    'zh-CN': (e) =>
      e.details.action === 'leave' ? '你是该组织唯一的管理员，请先任命另一位管理员再退出。' : '不能撤销该组织唯一管理员的管理员身份，请先任命另一位管理员。',
    en: (e) =>
      e.details.action === 'leave'
        ? 'You are this organisation’s only admin: make another member an admin before you leave.'
        : 'This is the organisation’s only admin: make another member an admin first.',
  },
  JOIN_OPEN: { 'zh-CN': '该团队可以直接加入，无需申请。', en: 'Anyone can join this team directly: no request is needed.' },
  JOIN_REQUEST_REQUIRED: { 'zh-CN': '该团队需要审核入队申请，请提交入队申请。', en: 'This team reviews who joins: please send a request to join.' },
  JOIN_REQUEST_PENDING: { 'zh-CN': '你已提交入队申请，请等待团队审核。', en: 'You have asked to join already: the team will review your request.' },
};
