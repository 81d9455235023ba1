// Sentences for the training module's reasons (api/src/common/error-reasons.ts, section "training").
import type { ReasonWords } from './words.js';

export const training: ReasonWords = {
  ALREADY_ENROLLED: { 'zh-CN': '你已报名这场培训。', en: 'You are enrolled in this session already.' },
  SESSION_STARTED: { 'zh-CN': '这场培训已开始或已结束，不能再报名或取消。', en: 'This session has started or ended: enrolments are closed.' },
  COURSE_NOT_PUBLISHED: { 'zh-CN': '课程尚未发布。', en: 'The course is not published yet.' },
  NOT_ENROLLED: { 'zh-CN': '该报名已取消或已记录出勤。', en: 'This enrolment was cancelled or its attendance is recorded already.' },
  SESSION_NOT_STARTED: { 'zh-CN': '培训开始前一小时起才能记录出勤。', en: 'Attendance is recorded from an hour before the session starts.' },
};
