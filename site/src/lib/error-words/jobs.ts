// Sentences for the jobs module's reasons (api/src/common/error-reasons.ts, section "jobs").
import type { ReasonWords } from './words.js';

export const jobs: ReasonWords = {
  JOB_NOT_FAILED: { 'zh-CN': '只有失败的任务可以重试，请刷新页面。', en: 'Only a failed job can be retried. Please reload the page.' },
};
