// The words of the activity page's shifts (ShiftSignup), in both languages. Moments such as a
// lottery's deadline come formatted in the page's language.
import type { Locale } from '../../i18n/locales';

export interface ShiftSignupWords {
  heading: string;
  phase: { ongoing: string; ended: string };
  status: {
    /** The API could not be asked: `offline` when the network failed, `at` the last good update (null: the page's build). */
    error: (offline: boolean, at: string | null) => string;
    live: (at: string) => string;
    loading: string;
  };
  submitting: string;
  signUp: string;
  joinWaitlist: string;
  enterDraw: string;
  logInToSignUp: string;
  logInToEnter: string;
  cancel: { PENDING_DRAW: string; WAITLISTED: string; CONFIRMED: string };
  entered: string;
  closed: string;
  over: string;
  opens: (moment: string) => string;
  drawing: string;
  full: string;
  fullBadge: string;
  lottery: string;
  drawnSummary: (moment: string, entrants: number, selected: number) => string;
  window: (opens: string | null, closes: string) => string;
  drawAt: (moment: string) => string;
  /** Before and after the number of entrants. */
  entrants: [string, string];
  places: (capacity: number) => string;
  remaining: string;
  signedUp: (confirmed: number, capacity: number, waitlist: number | null) => string;
  done: {
    entered: (closes: string | null) => string;
    confirmed: string;
    waitlisted: (position: number) => string;
  };
  cancelled: { PENDING_DRAW: string; WAITLISTED: string; CONFIRMED: string };
  /** Asked before cancelling, naming the shift's time. */
  confirmCancel: { PENDING_DRAW: (when: string) => string; WAITLISTED: (when: string) => string; CONFIRMED: (when: string) => string };
  /** An ongoing or ended shift: how many took part, not places. */
  tookPart: (confirmed: number, capacity: number) => string;
  calendar: string;
  checkIn: string;
  failure: { CAPACITY_REACHED: string; UNAUTHENTICATED: string };
  draw: {
    summaryDrawn: string;
    summaryBefore: string;
    algorithm: string;
    commitment: string;
    seed: string;
    position: string;
    positionValue: (position: number, selected: number | null | undefined) => string;
    drawnNote: string;
    beforeNote: string;
    rules: string;
  };
}

const zh: ShiftSignupWords = {
  heading: '活动时段',
  phase: { ongoing: '进行中', ended: '已结束' },
  status: {
    error: (offline, at) => `${offline ? '无法连接服务器，' : ''}暂时无法获取实时名额和报名状态，下面是${at ? ` ${at} ` : '页面生成时'}的名额。`,
    live: (at) => `实时名额，更新于 ${at}`,
    loading: '名额为页面生成时的数据，正在获取实时名额……',
  },
  submitting: '正在提交……',
  signUp: '报名',
  joinWaitlist: '加入候补',
  enterDraw: '参加抽签',
  logInToSignUp: '登录后报名',
  logInToEnter: '登录后参加抽签',
  cancel: { PENDING_DRAW: '取消抽签', WAITLISTED: '取消候补', CONFIRMED: '取消报名' },
  entered: '已参加抽签，待开奖',
  closed: '报名已截止',
  over: '活动已结束或已取消',
  opens: (m) => `${m} 开始报名`,
  drawing: '报名已截止，正在抽签',
  full: '名额已满',
  fullBadge: '已满',
  lottery: '抽签分配',
  drawnSummary: (m, n, k) => `${m} 已抽签：${n} 人参加，${k} 人中签`,
  window: (opens, closes) => (opens ? `报名时间 ${opens} 至 ${closes}` : `报名截止 ${closes}`),
  drawAt: (m) => `抽签时间 ${m}（报名截止后自动抽签）`,
  entrants: ['已有 ', ' 人参加抽签'],
  places: (n) => `共 ${n} 个名额`,
  remaining: '剩余名额 ',
  signedUp: (c, n, w) => `已报名 ${c} / 共 ${n} 人${w === null ? '' : `，候补 ${w} 人`}`,
  done: {
    entered: (closes) => `已参加抽签！报名截止后（${closes ?? '截止时'}）自动抽签，结果会显示在这里和“我的”中。`,
    confirmed: '报名成功！名额已为你保留，可在“我的”中查看。',
    waitlisted: (p) => `名额已满，你已加入候补，排在第 ${p} 位。有人取消时按顺序递补。`,
  },
  cancelled: { PENDING_DRAW: '已取消抽签。', WAITLISTED: '已取消候补。', CONFIRMED: '已取消报名，名额已释放。' },
  confirmCancel: {
    PENDING_DRAW: (when) => `确定退出 ${when} 的抽签吗？`,
    WAITLISTED: (when) => `确定取消 ${when} 的候补吗？候补位置不会保留。`,
    CONFIRMED: (when) => `确定取消 ${when} 的报名吗？名额会释放给其他志愿者。`,
  },
  tookPart: (confirmed, capacity) => `${confirmed} / ${capacity} 人报名`,
  calendar: '添加到日历（.ics）',
  checkIn: '到达现场后签到（扫码或输入签到码）',
  failure: { CAPACITY_REACHED: '很遗憾，该时段名额已满，且不设候补。', UNAUTHENTICATED: '登录已失效，请重新登录后报名。' },
  draw: {
    summaryDrawn: '抽签记录（可复核）',
    summaryBefore: '抽签如何保证公平',
    algorithm: '算法',
    commitment: '种子承诺',
    seed: '种子',
    position: '你的顺位',
    positionValue: (p, k) => `第 ${p} 位（前 ${k} 位中签）`,
    drawnNote: '种子的 SHA-256 与抽签前公开的承诺一致，即可确认种子没有在报名结束后更换；用种子可以重新算出全部顺位：',
    beforeNote:
      '随机种子在设立抽签时就已生成并锁定，这里公开的是它的 SHA-256（承诺值）。抽签后公布种子，任何人都可以核对它与承诺值一致，并重新算出每个人的顺位。',
    rules: '抽签规则与复核方法',
  },
};

const en: ShiftSignupWords = {
  heading: 'Shifts',
  phase: { ongoing: 'In progress', ended: 'Ended' },
  status: {
    error: (offline, at) =>
      `${offline ? 'Cannot reach the server. ' : ''}Live places and your sign-ups are unavailable for now; the places below are ${at ? `from ${at}` : 'from when the page was built'}.`,
    live: (at) => `Live places, updated ${at}`,
    loading: 'Places as of when the page was built; fetching live places…',
  },
  submitting: 'Sending…',
  signUp: 'Sign up',
  joinWaitlist: 'Join the waitlist',
  enterDraw: 'Enter the lottery',
  logInToSignUp: 'Log in to sign up',
  logInToEnter: 'Log in to enter the lottery',
  cancel: { PENDING_DRAW: 'Withdraw entry', WAITLISTED: 'Leave the waitlist', CONFIRMED: 'Cancel sign-up' },
  entered: 'Entered, awaiting the draw',
  closed: 'Sign-up closed',
  over: 'Activity over or cancelled',
  opens: (m) => `Entries open ${m}`,
  drawing: 'Entries closed, drawing now',
  full: 'Full',
  fullBadge: 'Full',
  lottery: 'Lottery',
  drawnSummary: (m, n, k) => `Drawn ${m}: ${n} entered, ${k} selected`,
  window: (opens, closes) => (opens ? `Entries ${opens} – ${closes}` : `Entries close ${closes}`),
  drawAt: (m) => `Draw at ${m} (automatically, when entries close)`,
  entrants: ['', ' entered so far'],
  places: (n) => `${n} ${n === 1 ? 'place' : 'places'} in all`,
  remaining: 'Places left ',
  signedUp: (c, n, w) => `${c} of ${n} signed up${w === null ? '' : `, ${w} on the waitlist`}`,
  done: {
    entered: (closes) =>
      `You are in the lottery. The draw runs automatically when entries close${closes ? ` (${closes})` : ''}; the result will show here and under My account.`,
    confirmed: 'You are signed up. Your place is kept for you; see it under My account.',
    waitlisted: (p) => `The shift is full: you are on the waitlist at position ${p}. Places freed by cancellations go to the waitlist in order.`,
  },
  cancelled: {
    PENDING_DRAW: 'Your lottery entry is withdrawn.',
    WAITLISTED: 'You have left the waitlist.',
    CONFIRMED: 'Your sign-up is cancelled and the place is free again.',
  },
  confirmCancel: {
    PENDING_DRAW: (when) => `Withdraw your lottery entry for ${when}?`,
    WAITLISTED: (when) => `Leave the waitlist for ${when}? Your position is not kept.`,
    CONFIRMED: (when) => `Cancel your sign-up for ${when}? The place goes to another volunteer.`,
  },
  tookPart: (confirmed, capacity) => `${confirmed} of ${capacity} signed up`,
  calendar: 'Add to calendar (.ics)',
  checkIn: 'Check in at the activity (scan or type the code)',
  failure: {
    CAPACITY_REACHED: 'Sorry, this shift is full and has no waitlist.',
    UNAUTHENTICATED: 'You are no longer logged in. Please log in again to sign up.',
  },
  draw: {
    summaryDrawn: 'Draw record (verifiable)',
    summaryBefore: 'How the lottery stays fair',
    algorithm: 'Algorithm',
    commitment: 'Seed commitment',
    seed: 'Seed',
    position: 'Your position',
    positionValue: (p, k) => `${p} (the first ${k} got places)`,
    drawnNote:
      'If the seed’s SHA-256 matches the commitment published before the draw, the seed was not changed after entries closed; from the seed anyone can recompute the whole order:',
    beforeNote:
      'The random seed was generated and locked when the lottery was set up; shown here is its SHA-256 (the commitment). After the draw the seed is published, so anyone can check it against the commitment and recompute everyone’s position.',
    rules: 'Lottery rules and how to check a draw',
  },
};

export const SHIFT_SIGNUP_WORDS: Record<Locale, ShiftSignupWords> = { 'zh-CN': zh, en };
