// Sentences for the service-request module's reasons (api/src/common/error-reasons.ts, section "service-request").
import type { ReasonWords } from './words.js';

export const serviceRequest: ReasonWords = {
  MERGE_INTO_SELF: { 'zh-CN': '需求不能合并到它自己。', en: 'A request cannot be merged into itself.' },
  MERGE_TARGET_CLOSED: {
    'zh-CN': '要合并到的需求已被合并或驳回，请选择其他需求。',
    en: 'The request to merge into is merged or declined itself; choose another.',
  },
  NEED_COVERED: { 'zh-CN': '已认领的人数已满足该需求。', en: 'The teams that claimed this request already cover the volunteers it needs.' },
  ALREADY_CLAIMED: { 'zh-CN': '本团队已认领该需求。', en: 'This team has claimed this request already.' },
  NOT_CLAIMED: { 'zh-CN': '本团队没有认领该需求。', en: 'This team has not claimed this request.' },
};
