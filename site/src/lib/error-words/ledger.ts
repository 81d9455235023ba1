// Sentences for the ledger module's reasons (api/src/common/error-reasons.ts, section "ledger").
import { detail, type ReasonWords } from './words.js';
import { waitText } from './wait.js';

export const ledger: ReasonWords = {
  SHIFT_NOT_ENDED: { 'zh-CN': '时段结束后才能登记或更正服务时长。', en: 'Hours are recorded or corrected after the shift ends.' },
  MINUTES_OUT_OF_RANGE: {
    'zh-CN': (e) => (detail(e, 'max') ? `服务时长应为 ${detail(e, 'min', '0')} 到 ${detail(e, 'max')} 分钟（时段长度）。` : '服务时长须为正整数分钟。'),
    en: (e) =>
      detail(e, 'max')
        ? `The minutes must be ${detail(e, 'min', '0')} to ${detail(e, 'max')} (the shift’s length).`
        : 'The minutes must be a whole number above zero.',
  },
  ALREADY_RECORDED: {
    'zh-CN': '该志愿者在此时段已有服务时长记录；如需更正，请先冲正原记录。',
    en: 'This volunteer already has hours recorded for this shift: to change them, reverse that entry first.',
  },
  ALREADY_REVERSED: { 'zh-CN': '该记录已被冲正。', en: 'This entry has been reversed already.' },
  NOT_A_SERVICE_ENTRY: { 'zh-CN': '冲正记录本身不能再冲正。', en: 'A reversal cannot itself be reversed.' },
  NO_VALID_SIGNUP: { 'zh-CN': '该志愿者没有此时段的有效报名（已确认或已签到）。', en: 'This volunteer has no confirmed or checked-in sign-up for this shift.' },
  DUPLICATE_VOLUNTEER: { 'zh-CN': '同一志愿者只能出现一次。', en: 'Each volunteer may appear only once.' },
  VOLUNTEER_NUMBER_OR_PHONE: { 'zh-CN': '请填写志愿者编号或手机号（二选一）。', en: 'Give the volunteer number or the mobile number, one of them.' },
  VOLUNTEER_UNKNOWN: { 'zh-CN': '找不到该志愿者，请核对后重试。', en: 'No volunteer has this number. Please check it and try again.' },
  WALK_IN_HAS_SIGNUP: {
    'zh-CN': '该志愿者已报名此时段，请在“待登记服务时长”中为其登记。',
    en: 'This volunteer signed up for the shift: record their hours under “Hours to record”.',
  },
  CORRECTION_UNCHANGED: { 'zh-CN': '申请时长与现有记录相同。', en: 'The minutes asked for are the ones recorded.' },
  CORRECTION_ALREADY_OPEN: { 'zh-CN': '该时段已有待处理的更正申请。', en: 'A correction for this shift is waiting to be handled already.' },
  ALREADY_DECIDED: { 'zh-CN': '该申请已处理或已撤回。', en: 'This request has been handled or withdrawn already.' },
  NO_HOURS_YET: { 'zh-CN': '暂无服务时长记录，不能开具证明。', en: 'No service hours are recorded yet, so there is nothing to certify.' },
  CERTIFICATE_LIMIT: {
    'zh-CN': (e) => `24 小时内最多开具 ${detail(e, 'limit', '若干')} 份证明${e.retryAfter ? `，请 ${waitText(e.retryAfter, 'zh-CN')}后再试` : ''}。`,
    en: (e) => `At most ${detail(e, 'limit', 'a few')} certificates in 24 hours${e.retryAfter ? `: please try again in ${waitText(e.retryAfter, 'en')}` : ''}.`,
  },
  ACCOUNT_CLOSED: { 'zh-CN': '账户不存在。', en: 'This account no longer exists.' },
  PERIOD_TOO_LONG: {
    'zh-CN': (e) => (detail(e, 'max') ? `区间最多 ${detail(e, 'max')} ${e.details.unit === 'year' ? '年' : '个月'}。` : '区间过长。'),
    en: (e) =>
      detail(e, 'max') ? `The period can cover at most ${detail(e, 'max')} ${e.details.unit === 'year' ? 'years' : 'months'}.` : 'The period is too long.',
  },
  DISTRICT_OR_ORGANIZATION: { 'zh-CN': '请指定区县或组织之一。', en: 'Choose a district or an organisation, one of them.' },
};
