// /admin/jobs/: the background jobs (lottery draws, site builds, scheduled publication, message delivery) in both languages.
import type { BackgroundJobState } from '../../gql/graphql';
import type { Locale } from '../../i18n/locales';

export interface AdminJobsWords {
  title: string;
  note: string;
  countsTitle: string;
  queue: string;
  filter: string;
  all: string;
  none: string;
  noCounts: string;
  states: Record<BackgroundJobState, string>;
  queues: Record<string, string>;
  created: string;
  startAfter: string;
  started: string;
  finished: string;
  tries: (failed: number, limit: number) => string;
  error: string;
  /** A completed job's report, e.g. where a site build was published. */
  result: string;
  retry: string;
  retried: string;
  refresh: string;
}

const zh: AdminJobsWords = {
  title: '后台任务',
  note: '抽签、网站重建、定时发布和消息发送都作为后台任务排队执行；任一进程中断后，任务会在超时后由其他进程重新执行。失败的任务可以在这里重试。',
  countsTitle: '各队列任务数（已完成和已取消为最近一天）',
  queue: '队列',
  filter: '按状态筛选',
  all: '全部',
  none: '没有符合条件的任务。',
  noCounts: '还没有后台任务。',
  states: { CREATED: '等待中', RETRY: '等待重试', ACTIVE: '执行中', COMPLETED: '已完成', CANCELLED: '已取消', FAILED: '失败' },
  queues: {
    'lottery.draw': '抽签',
    'lottery.plan': '补排抽签',
    'site.rebuild': '网站重建',
    'site.due': '定时发布',
    'shift.reminder': '活动提醒',
    'shift.reminder-plan': '排定活动提醒',
    'outbox.deliver': '消息发送',
    'outbox.retry': '消息重发',
    'webhook.deliver': 'Webhook 投递',
    'webhook.wake': 'Webhook 重试',
  },
  created: '创建',
  startAfter: '计划时间',
  started: '开始',
  finished: '结束',
  tries: (failed, limit) => `已失败 ${failed} 次（最多重试 ${limit} 次）`,
  error: '错误',
  result: '结果',
  retry: '重试',
  retried: '任务已重新排队。',
  refresh: '刷新',
};

const en: AdminJobsWords = {
  title: 'Background jobs',
  note: 'Lottery draws, site builds, scheduled publication and message delivery run as queued jobs; if a process stops mid-job, another takes the job up once it expires. Retry a failed job here.',
  countsTitle: 'Jobs per queue (completed and cancelled: the last day)',
  queue: 'Queue',
  filter: 'Show jobs that are',
  all: 'All',
  none: 'No jobs match.',
  noCounts: 'No background jobs yet.',
  states: { CREATED: 'Waiting', RETRY: 'Waiting to retry', ACTIVE: 'Running', COMPLETED: 'Completed', CANCELLED: 'Cancelled', FAILED: 'Failed' },
  queues: {
    'lottery.draw': 'Lottery draw',
    'lottery.plan': 'Lottery draws to schedule',
    'site.rebuild': 'Site build',
    'site.due': 'Scheduled publication',
    'shift.reminder': 'Shift reminder',
    'shift.reminder-plan': 'Reminders to schedule',
    'outbox.deliver': 'Message delivery',
    'outbox.retry': 'Message retry',
    'webhook.deliver': 'Webhook delivery',
    'webhook.wake': 'Webhook retry',
  },
  created: 'Created',
  startAfter: 'Due',
  started: 'Started',
  finished: 'Finished',
  tries: (failed, limit) => `Failed ${failed} time(s) (up to ${limit} retries)`,
  error: 'Error',
  result: 'Result',
  retry: 'Retry',
  retried: 'The job is queued again.',
  refresh: 'Refresh',
};

export const ADMIN_JOBS_WORDS: Record<Locale, AdminJobsWords> = { 'zh-CN': zh, en };
