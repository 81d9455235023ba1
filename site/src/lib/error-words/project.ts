// Sentences for the project module's reasons (api/src/common/error-reasons.ts, section "project").
import { detail, type ReasonWords } from './words.js';

export const project: ReasonWords = {
  TIME_IN_PAST: { 'zh-CN': '该时间已过，请选择将来的时间。', en: 'This time has passed. Please choose one in the future.' },
  SPAN_TOO_LONG: {
    'zh-CN': (e) =>
      detail(e, 'maxHours') ? `最长 ${detail(e, 'maxHours')} 小时。` : detail(e, 'maxDays') ? `最长 ${detail(e, 'maxDays')} 天。` : '时间跨度过长。',
    en: (e) =>
      detail(e, 'maxHours')
        ? `This can last at most ${detail(e, 'maxHours')} hours.`
        : detail(e, 'maxDays')
          ? `This can last at most ${detail(e, 'maxDays')} days.`
          : 'This lasts too long.',
  },
  TEAM_NOT_APPROVED: { 'zh-CN': '只有已通过审核的团队可以进行此操作。', en: 'Only a team that has been approved can do this.' },
  PROJECT_NOT_DRAFT: { 'zh-CN': '只有草稿可以编辑或发布，请刷新页面。', en: 'Only drafts can be edited or published. Please reload the page.' },
  PROJECT_OVER: { 'zh-CN': '该活动已取消或已结束。', en: 'This activity is already cancelled or over.' },
  REGISTRATION_WINDOW_LOTTERY_ONLY: { 'zh-CN': '只有抽签分配的时段可以设置报名窗口。', en: 'Only a lottery shift can have a registration window.' },
  REGISTRATION_CLOSES_TOO_LATE: { 'zh-CN': '报名截止时间必须早于时段开始时间。', en: 'Entries must close before the shift starts.' },
  REGISTRATION_ALREADY_CLOSED: {
    'zh-CN': '抽签时段的报名截止时间必须在发布之后。',
    en: 'A lottery shift’s entries must close after the activity is published.',
  },
  BEFORE_REGISTRATION_CLOSES: { 'zh-CN': '新的开始时间必须晚于抽签报名截止时间。', en: 'A lottery shift must start after its entries close.' },
  UNCHANGED: { 'zh-CN': '新的时间与原来的相同。', en: 'These are the times the shift has already.' },
  NOT_PUBLISHED: { 'zh-CN': '只有已发布活动的时段可以调整或取消。', en: 'Only shifts of a published activity can be moved or cancelled.' },
  LAST_SHIFT: { 'zh-CN': '这是该活动仅剩的时段：请改为取消整个活动。', en: 'This is the activity’s last shift: cancel the whole activity instead.' },
};
