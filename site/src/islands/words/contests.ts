// The words of the contests (评比) in both languages: the public page (/contests/: the list, a
// contest's entries, voting, essays, judges' scores, results) and the organisers' and teams' desk
// (/admin/contests/, /manage/contests/).
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

/** A volunteer as the contest pages name them: public name and volunteer number. */
export const personLabel = (p: { displayName: string; volunteerNumber: string }) => `${p.displayName}（${p.volunteerNumber}）`;

/** What an entry is about: the volunteer nominated or writing, or the activity nominated. */
export const entrantLabel = (e: { volunteer?: { displayName: string; volunteerNumber: string } | null; project?: { title: string } | null }) =>
  e.volunteer ? personLabel(e.volunteer) : (e.project?.title ?? '');

export type Phase = 'DRAFT' | 'OPEN' | 'VOTING' | 'JUDGING' | 'PUBLISHED';
export type Kind = 'VOLUNTEER' | 'PROJECT' | 'ESSAY';

export interface ContestWords {
  phases: Record<Phase, string>;
  phaseNotes: Record<Phase, string>;
  kinds: Record<Kind, string>;
  loading: string;
  none: string;
  more: string;
  back: string;
  organizer: (name: string | null) => string;
  votingEnds: (when: string) => string;
  votes: (n: number) => string;
  vote: string;
  voted: string;
  votedHere: string;
  signInToVote: string;
  entries: (n: number) => string;
  noEntries: string;
  nominatedBy: (team: string) => string;
  readMore: string;
  enterTitle: string;
  enterNote: string;
  fromStory: string;
  noStory: string;
  fromStoryNote: string;
  readStory: string;
  title: string;
  statement: string;
  essay: string;
  submit: string;
  submitted: string;
  signInToEnter: string;
  scoreLabel: string;
  scoreSaved: (n: number) => string;
  judgeNote: string;
  results: string;
  rank: (n: number) => string;
  winner: string;
  finalScore: (n: number) => string;
  notFound: string;
  fields: FieldSentences;
  desk: DeskWords;
}

export interface DeskWords {
  title: string;
  note: string;
  teamNote: string;
  create: string;
  createTitle: string;
  description: string;
  voteWeight: string;
  voteWeightHint: string;
  created: string;
  runBy: string;
  platform: string;
  none: string;
  categories: string;
  addCategory: string;
  categoryName: string;
  kind: string;
  places: string;
  added: string;
  judges: string;
  judgeNumber: string;
  addJudge: string;
  judgeAdded: string;
  noJudges: string;
  advance: (to: string) => string;
  votingEndsAt: string;
  advanced: (phase: string) => string;
  accept: string;
  reject: string;
  status: Record<'PENDING' | 'ACCEPTED' | 'REJECTED', string>;
  flagged: (n: number) => string;
  judged: (n: number) => string;
  judgeScore: (n: number) => string;
  honour: string;
  honourName: string;
  honoured: string;
  roleModel: string;
  open: string;
  nominate: string;
  nominateTitle: string;
  openContests: string;
  noOpen: string;
  category: string;
  member: string;
  memberNumber: string;
  project: string;
  nominated: string;
  fields: FieldSentences;
}

const zh: ContestWords = {
  phases: { DRAFT: '草稿', OPEN: '推荐报名中', VOTING: '投票中', JUDGING: '评审中', PUBLISHED: '结果已公布' },
  phaseNotes: {
    DRAFT: '尚未公开。',
    OPEN: '各队伍正在推荐，志愿者可以投稿参加征文。',
    VOTING: '大众投票进行中：每个奖项每人一票，需登录实名账号。',
    JUDGING: '投票已结束，评审团正在打分。',
    PUBLISHED: '评选结果已公布。',
  },
  kinds: { VOLUNTEER: '团队推荐志愿者', PROJECT: '团队推荐项目', ESSAY: '志愿者投稿征文' },
  loading: '正在加载评比……',
  none: '目前没有进行中的评比。',
  more: '更多评比',
  back: '全部评比',
  organizer: (name) => (name ? `主办：${name}` : '主办：平台'),
  votingEnds: (when) => `投票截止：${when}`,
  votes: (n) => `${n} 票`,
  vote: '投票',
  voted: '已投票',
  votedHere: '你投给了这一项',
  signInToVote: '登录后投票',
  entries: (n) => `${n} 个参评`,
  noEntries: '还没有可以展示的参评。',
  nominatedBy: (team) => `推荐单位：${team}`,
  readMore: '阅读全文',
  enterTitle: '投稿参加征文',
  enterNote: '每个征文奖项每人投稿一篇，主办方审核通过后公开参加投票和评审。',
  fromStory: '用我已发布的心得投稿（可选）',
  noStory: '不使用心得，在下面撰写',
  fromStoryNote: '选了心得时，标题和正文可以留空：将使用心得的标题和正文。',
  readStory: '阅读这篇志愿心得',
  title: '标题',
  statement: '推荐理由',
  essay: '正文',
  submit: '提交',
  submitted: '已提交，等待主办方审核。',
  signInToEnter: '登录后投稿',
  scoreLabel: '评审打分（1–10）',
  scoreSaved: (n) => `已打 ${n} 分，评审结束前可以修改。`,
  judgeNote: '你是本次评比的评审：请为每个参评打分。',
  results: '评选结果',
  rank: (n) => `第 ${n} 名`,
  winner: '获奖',
  finalScore: (n) => `综合得分 ${n}`,
  notFound: '没有找到这个评比，它可能尚未公开。',
  fields: {},
  desk: {
    title: '评比活动',
    note: '创建评比、设置奖项和评审团，审核推荐和投稿，依次开启投票、评审并公布结果。',
    teamNote: '为本团队的志愿者和活动推荐参评；团委、志愿者联合会的管理员还可以主办评比。',
    create: '创建评比',
    createTitle: '评比名称',
    description: '评比说明（评选范围、时间安排）',
    voteWeight: '大众投票占综合得分的比例（%）',
    voteWeightHint: '其余由评审团打分决定，0–100。',
    created: '评比已创建（草稿）。先添加奖项，再开启推荐。',
    runBy: '主办',
    platform: '平台',
    none: '还没有评比。',
    categories: '奖项',
    addCategory: '添加奖项',
    categoryName: '奖项名称',
    kind: '参评类型',
    places: '获奖名额',
    added: '已添加。',
    judges: '评审团',
    judgeNumber: '评审的志愿者编号',
    addJudge: '加入评审团',
    judgeAdded: '已加入评审团。',
    noJudges: '还没有评审。',
    advance: (to) => `进入下一阶段：${to}`,
    votingEndsAt: '投票截止时间',
    advanced: (phase) => `评比已进入“${phase}”阶段。`,
    accept: '通过',
    reject: '不通过',
    status: { PENDING: '待审核', ACCEPTED: '已通过', REJECTED: '未通过' },
    flagged: (n) => `${n} 票来自同一地址的集中投票，请留意`,
    judged: (n) => `${n} 位评审已打分`,
    judgeScore: (n) => `评审平均分 ${n}`,
    honour: '设为志愿榜样',
    honourName: '榜样姓名（公开）',
    honoured: '已发布为志愿榜样。',
    roleModel: '已设为志愿榜样',
    open: '管理',
    nominate: '推荐',
    nominateTitle: '推荐参评',
    openContests: '正在接受推荐的评比',
    noOpen: '目前没有接受推荐的评比。',
    category: '奖项',
    member: '推荐的志愿者（本团队成员的志愿者编号）',
    memberNumber: '志愿者编号',
    project: '推荐的活动',
    nominated: '推荐已提交，等待主办方审核。',
    fields: {},
  },
};

const en: ContestWords = {
  phases: { DRAFT: 'Draft', OPEN: 'Taking nominations', VOTING: 'Voting', JUDGING: 'Judging', PUBLISHED: 'Results out' },
  phaseNotes: {
    DRAFT: 'Not public yet.',
    OPEN: 'Teams are nominating; volunteers may enter the essay categories.',
    VOTING: 'Public voting is open: one vote per category for each signed-in volunteer.',
    JUDGING: 'Voting has closed; the judging panel is scoring.',
    PUBLISHED: 'The results are out.',
  },
  kinds: { VOLUNTEER: 'Volunteer nominated by a team', PROJECT: 'Activity nominated by a team', ESSAY: 'Essay entered by a volunteer' },
  loading: 'Loading contests…',
  none: 'No contests at the moment.',
  more: 'More contests',
  back: 'All contests',
  organizer: (name) => (name ? `Run by ${name}` : 'Run by the platform'),
  votingEnds: (when) => `Voting ends ${when}`,
  votes: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  vote: 'Vote',
  voted: 'Voted',
  votedHere: 'Your vote',
  signInToVote: 'Sign in to vote',
  entries: (n) => (n === 1 ? '1 entry' : `${n} entries`),
  noEntries: 'No entries to show yet.',
  nominatedBy: (team) => `Nominated by ${team}`,
  readMore: 'Read it all',
  enterTitle: 'Enter the essay contest',
  enterNote: 'One essay per essay category; it is shown for voting and judging once the organisers accept it.',
  fromStory: 'Enter one of my published stories (optional)',
  noStory: 'No story: write the essay below',
  fromStoryNote: "With a story chosen, the title and essay may stay empty: the story's title and text are used.",
  readStory: 'Read the story',
  title: 'Title',
  statement: 'Reasons for the nomination',
  essay: 'Essay',
  submit: 'Submit',
  submitted: 'Submitted; the organisers will review it.',
  signInToEnter: 'Sign in to enter',
  scoreLabel: 'Your score (1–10)',
  scoreSaved: (n) => `Scored ${n}; you can change it until judging ends.`,
  judgeNote: 'You are on the judging panel: score each entry.',
  results: 'Results',
  rank: (n) => `No. ${n}`,
  winner: 'Winner',
  finalScore: (n) => `Score ${n}`,
  notFound: 'This contest was not found; it may not be public yet.',
  fields: {},
  desk: {
    title: 'Contests',
    note: 'Open a contest, set its categories and judging panel, review nominations and essays, then open voting, judging and the results in turn.',
    teamNote: "Nominate the team's volunteers and activities; admins of a Youth League committee or federation may also run contests.",
    create: 'Open a contest',
    createTitle: 'Name of the contest',
    description: 'What it honours, who may take part, the timetable',
    voteWeight: "Public vote's share of the score (%)",
    voteWeightHint: 'The judging panel decides the rest, 0–100.',
    created: 'Contest created as a draft. Add its categories, then open nominations.',
    runBy: 'Run by',
    platform: 'the platform',
    none: 'No contests yet.',
    categories: 'Categories',
    addCategory: 'Add category',
    categoryName: 'Category name',
    kind: 'Entries',
    places: 'Winners',
    added: 'Added.',
    judges: 'Judging panel',
    judgeNumber: "Judge's volunteer number",
    addJudge: 'Add to the panel',
    judgeAdded: 'Added to the panel.',
    noJudges: 'No judges yet.',
    advance: (to) => `Move on to: ${to}`,
    votingEndsAt: 'Voting ends',
    advanced: (phase) => `The contest is now at “${phase}”.`,
    accept: 'Accept',
    reject: 'Reject',
    status: { PENDING: 'To review', ACCEPTED: 'Accepted', REJECTED: 'Rejected' },
    flagged: (n) => `${n} votes came in a burst from one address`,
    judged: (n) => `${n} judges have scored`,
    judgeScore: (n) => `Judges' mean ${n}`,
    honour: 'Make a role model',
    honourName: 'Name for the honour list (public)',
    honoured: 'Published as a role model.',
    roleModel: 'Made a role model',
    open: 'Manage',
    nominate: 'Nominate',
    nominateTitle: 'Nominate',
    openContests: 'Contests taking nominations',
    noOpen: 'No contest is taking nominations now.',
    category: 'Category',
    member: "Volunteer nominated (a team member's volunteer number)",
    memberNumber: 'Volunteer number',
    project: 'Activity nominated',
    nominated: 'Nomination sent; the organisers will review it.',
    fields: {},
  },
};

export const CONTEST_WORDS: Record<Locale, ContestWords> = { 'zh-CN': zh, en };
