// Sentences for the content module's reasons (api/src/common/error-reasons.ts, section "content").
import { detail, type ReasonWords } from './words.js';

export const content: ReasonWords = {
  SLUG_TAKEN: { 'zh-CN': '该网址名已被使用，请换一个。', en: 'This address name is taken; choose another.' },
  SLUG_RESERVED: { 'zh-CN': '该网址名为网站保留，请换一个。', en: 'This address name is reserved by the site; choose another.' },
  TIME_IN_FUTURE: { 'zh-CN': '该时间不能晚于现在。', en: 'This time cannot be in the future.' },
  TOO_FAR_AHEAD: {
    'zh-CN': (e) => (detail(e, 'maxDays') ? `最多可提前 ${detail(e, 'maxDays')} 天定时发布。` : '定时发布的时间太远。'),
    en: (e) => (detail(e, 'maxDays') ? `Choose a time within the coming ${detail(e, 'maxDays')} days.` : 'This time is too far ahead.'),
  },
  PROJECT_NOT_PUBLIC: { 'zh-CN': '只能选择已发布或已结束的活动。', en: 'Choose an activity that is published or completed.' },
  ARTICLE_PUBLISHED: {
    'zh-CN': '这篇资讯已发布：请先撤回，再修改或重新提交。',
    en: 'This article is published: withdraw it first to change it or submit it again.',
  },
  ARTICLE_NOT_IN_REVIEW: { 'zh-CN': '这篇资讯不在审核中，请刷新页面。', en: 'This article is not awaiting review. Please reload the page.' },
};
