// Sentences for the card module's reasons (api/src/common/error-reasons.ts, section "card").
import type { ReasonWords } from './words.js';

export const card: ReasonWords = {
  CARD_EXPIRED: {
    'zh-CN': '志愿者卡的二维码已过期或不是真卡：请志愿者重新打开“我的志愿者卡”再扫。',
    en: "The card's code has expired or is not genuine: ask the volunteer to open their card again and scan it afresh.",
  },
};
