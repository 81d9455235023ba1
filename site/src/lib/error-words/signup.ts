// Sentences for the signup module's reasons (api/src/common/error-reasons.ts, section "signup").
import type { ReasonWords } from './words.js';

export const signup: ReasonWords = {
  CAPACITY_REACHED: { 'zh-CN': '该时段名额已满。', en: 'This shift is full.' },
  PROJECT_NOT_PUBLISHED: { 'zh-CN': '该活动已结束或已取消。', en: 'This activity has ended or was cancelled.' },
  ALREADY_SIGNED_UP: { 'zh-CN': '你已报名该时段。', en: 'You have a place in this shift already.' },
  SHIFT_STARTED: { 'zh-CN': '该时段已开始或已结束。', en: 'This shift has started or is over.' },
  SHIFT_NOT_STARTED: { 'zh-CN': '活动开始后才能标记缺席。', en: 'Absence is marked once the shift has started.' },
  SHIFT_CANCELLED: { 'zh-CN': '该时段已取消。', en: 'This shift was cancelled.' },
  REGISTRATION_NOT_OPEN: {
    'zh-CN': '抽签报名尚未开始，请在报名时间内参加。',
    en: 'Entries for this lottery are not open yet. Please enter while they are open.',
  },
  DRAW_PENDING: {
    'zh-CN': '报名已截止，正在抽签，请稍后刷新查看结果。',
    en: 'Entries have closed and the draw is under way. Reload the page in a moment to see the result.',
  },
  OVERLAPPING_SIGNUP: {
    'zh-CN': (e) =>
      `你已报名同一时间的${typeof e.details.conflictingTitle === 'string' ? `「${e.details.conflictingTitle}」` : '另一个活动'}，不能同时参加两个活动；如需改报，请先在“我的账户”中取消那边的报名。`,
    en: 'You already hold a place at the same time in another activity (see My account). Cancel that sign-up first to take this one.',
  },
  NOT_CANCELLABLE: { 'zh-CN': '该报名已取消或已签到，不能取消。', en: 'This sign-up was cancelled or checked in already, so it cannot be cancelled.' },
  NOT_CONFIRMED: { 'zh-CN': '只有已确认的报名可以签到或标记。', en: 'Only a confirmed sign-up can be checked in or marked.' },
  NOT_SIGNED_UP: { 'zh-CN': '你没有报名这个时段，请联系现场协调员登记。', en: 'You have no place in this shift: ask the coordinator on site to record you.' },
  CHECK_IN_CODE_WRONG: { 'zh-CN': '签到码不正确。', en: 'The check-in code is not right.' },
  CHECK_IN_CLOSED: { 'zh-CN': '不在签到时间内。', en: 'Check-in is not open now.' },
  NOT_A_MEMBER: { 'zh-CN': '只能为本团队的成员代为报名。', en: 'A team signs up its own members only.' },
  QUALIFICATION_REQUIRED: {
    'zh-CN': (e) =>
      `这个时段要求持有有效的${typeof e.details.qualificationName === 'string' ? `「${e.details.qualificationName}」` : ''}资质，你还没有或已过期；请先参加培训课程取得资质。`,
    en: (e) =>
      `This shift asks for a valid ${typeof e.details.qualificationName === 'string' ? `“${e.details.qualificationName}” ` : ''}qualification, which you do not hold (or it has expired): take a course that gives it first.`,
  },
};
