// The words of moving and cancelling a shift on the activities page (ManageShiftChanges), in both
// languages: apart from the activity words, so the activity editor does not carry them.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

const zh = {
  title: '即将开始的时段',
  places: (taken: number, capacity: number, waiting: number) => `已报名 ${taken}/${capacity}${waiting ? ` · 候补或待抽签 ${waiting}` : ''}`,
  move: '调整时间',
  cancel: '取消此时段',
  startsAt: '新的开始时间',
  endsAt: '新的结束时间',
  moveReason: '调整原因（通知已报名的志愿者）',
  cancelReason: '取消原因（通知已报名的志愿者）',
  needTime: '请填写新的时间',
  needReason: '请写明原因（1 到 200 字）',
  next: '下一步',
  confirmMove: (when: string, n: number) => `将这一时段改到 ${when}，并通知 ${n} 位已报名或候补的志愿者。确定调整吗？`,
  confirmCancel: (when: string, n: number) => `取消 ${when} 这一时段，该时段的 ${n} 个报名随之取消并通知本人。确定取消吗？`,
  doMove: '确定调整',
  doCancel: '确定取消此时段',
  back: '返回修改',
  close: '收起',
  moved: (when: string, n: number) => `时段已改到 ${when}，已通知 ${n} 位志愿者。`,
  cancelled: (when: string, n: number) => `${when} 的时段已取消，已通知 ${n} 位志愿者。`,
  fields: {} as FieldSentences,
};

const en: typeof zh = {
  title: 'Upcoming shifts',
  places: (taken, capacity, waiting) => `${taken}/${capacity} signed up${waiting ? ` · ${waiting} waiting or in the draw` : ''}`,
  move: 'Move',
  cancel: 'Cancel this shift',
  startsAt: 'New start',
  endsAt: 'New end',
  moveReason: 'Why it moves (sent to those signed up)',
  cancelReason: 'Why it is cancelled (sent to those signed up)',
  needTime: 'Give the new time',
  needReason: 'Give a reason (1 to 200 characters)',
  next: 'Next',
  confirmMove: (when, n) => `Move this shift to ${when} and tell the ${n} volunteer(s) signed up or waiting. Move it?`,
  confirmCancel: (when, n) => `Cancel the shift of ${when}: its ${n} sign-up(s) are cancelled with it, and each volunteer is told. Cancel it?`,
  doMove: 'Move the shift',
  doCancel: 'Cancel the shift',
  back: 'Back',
  close: 'Close',
  moved: (when, n) => `The shift is moved to ${when}; ${n} volunteer(s) told.`,
  cancelled: (when, n) => `The shift of ${when} is cancelled; ${n} volunteer(s) told.`,
  fields: {
    reason: 'Give a reason (1 to 200 characters).',
    'startsAt:TIME_IN_PAST': 'The new start must be in the future.',
    endsAt: 'The end must be after the start, and a shift lasts at most 24 hours.',
  },
};

export const SHIFT_CHANGE_WORDS: Record<Locale, typeof zh> = { 'zh-CN': zh, en };
