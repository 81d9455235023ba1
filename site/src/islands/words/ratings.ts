// The words of activity ratings in both languages: rating an attended activity on "my account",
// the team's list in the back office and the staff's hiding of abusive comments.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export interface RatingWords {
  /** "4 of 5 stars", for screen readers beside the stars. */
  stars: (n: number) => string;
  /** A score's radio button. */
  score: (n: number) => string;
  hidden: string;
  noComment: string;
  rate: {
    title: string;
    note: string;
    legend: string;
    comment: string;
    commentHint: string;
    submit: string;
    sending: string;
    needScore: string;
    thanks: string;
    yours: string;
    more: string;
  };
  team: {
    title: string;
    summary: (average: string, n: number) => string;
    none: string;
    anonymous: string;
    more: string;
  };
  staff: {
    title: string;
    note: string;
    none: string;
    reason: string;
    hide: string;
    needReason: string;
    hiddenOne: string;
    more: string;
  };
  fields: FieldSentences;
}

const zh: RatingWords = {
  stars: (n) => `${n} 星（满分 5 星）`,
  score: (n) => `${n} 星`,
  hidden: '（留言违反平台规则，已被隐藏）',
  noComment: '（未留言）',
  rate: {
    title: '评价参加过的活动',
    note: '评价不署名：团队只看到评分和留言，看不到是谁写的。每个活动只能评价一次，提交后不能修改。',
    legend: '评分',
    comment: '留言（选填）',
    commentHint: '最多 500 字。',
    submit: '提交评价',
    sending: '正在提交……',
    needScore: '请选择 1 到 5 星的评分。',
    thanks: '谢谢你的评价！',
    yours: '你的评价：',
    more: '更多活动',
  },
  team: {
    title: '志愿者的评价',
    summary: (average, n) => `平均 ${average} 分（满分 5 分），共 ${n} 条评价`,
    none: '还没有志愿者评价过本团队的活动。',
    anonymous: '评价不署名，团队看不到评价人是谁。',
    more: '更多评价',
  },
  staff: {
    title: '活动评价留言（最新的在前）',
    note: '辱骂、广告或泄露他人隐私的留言可以隐藏：留言从所有页面和接口中消失，评分仍计入平均分；隐藏记入审计记录。',
    none: '还没有带留言的评价。',
    reason: '隐藏原因',
    hide: '隐藏留言',
    needReason: '请写明隐藏原因（至少 2 个字）。',
    hiddenOne: '留言已隐藏。',
    more: '更多留言',
  },
  fields: {},
};

const en: RatingWords = {
  stars: (n) => `${n} of 5 stars`,
  score: (n) => `${n} ${n === 1 ? 'star' : 'stars'}`,
  hidden: '(The comment broke the platform’s rules and was hidden.)',
  noComment: '(No comment)',
  rate: {
    title: 'Rate the activities you attended',
    note: 'Ratings are anonymous: the team sees the score and the comment, not who wrote them. Each activity is rated once, and a rating cannot be changed.',
    legend: 'Score',
    comment: 'Comment (optional)',
    commentHint: 'At most 500 characters.',
    submit: 'Send rating',
    sending: 'Sending…',
    needScore: 'Choose a score from 1 to 5 stars.',
    thanks: 'Thank you for your rating!',
    yours: 'Your rating: ',
    more: 'More activities',
  },
  team: {
    title: "Volunteers' ratings",
    summary: (average, n) => `Average ${average} out of 5, from ${n} ${n === 1 ? 'rating' : 'ratings'}`,
    none: "No volunteer has rated the team's activities yet.",
    anonymous: 'Ratings are anonymous: the team does not see who wrote them.',
    more: 'More ratings',
  },
  staff: {
    title: 'Rating comments (newest first)',
    note: 'Hide a comment that insults, advertises or exposes someone: it disappears from every page and answer, its score still counts in the average, and the audit trail keeps it.',
    none: 'No rating has a comment yet.',
    reason: 'Why it is hidden',
    hide: 'Hide comment',
    needReason: 'Give a reason (at least 2 characters).',
    hiddenOne: 'The comment is hidden.',
    more: 'More comments',
  },
  fields: {
    score: 'Choose a score from 1 to 5 stars.',
    comment: 'The comment can be at most 500 characters.',
    reason: 'Give a reason of 2 to 500 characters.',
  },
};

export const RATING_WORDS: Record<Locale, RatingWords> = { 'zh-CN': zh, en };
