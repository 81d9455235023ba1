// Sentences for the contest module's reasons (api/src/common/error-reasons.ts, section "contest").
import type { ReasonWords } from './words.js';

export const contest: ReasonWords = {
  CONTEST_PHASE: {
    'zh-CN': '评比当前阶段不能进行这项操作，请刷新页面查看最新进展。',
    en: 'The contest is not at the stage for this; reload the page to see where it stands.',
  },
  VOTING_CLOSED: { 'zh-CN': '投票已经结束。', en: 'Voting has closed.' },
  ALREADY_VOTED: { 'zh-CN': '你已在这个奖项投过票，每个奖项每人一票。', en: 'You have already voted in this category: one vote per category.' },
  ALREADY_ENTERED: {
    'zh-CN': '该志愿者、项目或作者已在这个奖项中，不能重复推荐或投稿。',
    en: 'This volunteer, activity or writer is in this category already.',
  },
  WRONG_ENTRY_KIND: {
    'zh-CN': '这个奖项接受的参评类型不同：优秀志愿者和优秀项目由队伍推荐，征文由志愿者本人投稿。',
    en: 'This category takes another kind of entry: teams nominate volunteers and activities, volunteers enter essays themselves.',
  },
  OUTSIDE_FEDERATION: { 'zh-CN': '只有主办组织及其下属队伍可以推荐。', en: 'Only the organising federation and its own teams may nominate.' },
  JUDGES_ONLY: { 'zh-CN': '只有评审团成员可以打分。', en: 'Only the judging panel may score.' },
  NOT_A_WINNER: { 'zh-CN': '只有已公布结果中获奖的志愿者可以设为志愿榜样。', en: 'Only a winning volunteer of published results can become a role model.' },
  NOT_YOUR_STORY: { 'zh-CN': '只能用自己写的心得参赛。', en: 'You can only enter a story you wrote yourself.' },
  STORY_NOT_PUBLISHED: { 'zh-CN': '这篇心得还没有发布，发布后才能参赛。', en: 'This story is not published yet; only a published story can be entered.' },
};
