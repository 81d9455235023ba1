// Sentences for the webhook module's reasons (api/src/common/error-reasons.ts, section "webhook").
import { detail, type ReasonWords } from './words.js';

export const webhook: ReasonWords = {
  URL_NOT_HTTPS: { 'zh-CN': '地址须以 https:// 开头。', en: 'The address must start with https://.' },
  URL_HAS_CREDENTIALS: { 'zh-CN': '地址中不能包含用户名或密码。', en: 'The address must not contain a user name or password.' },
  HOST_UNRESOLVED: {
    'zh-CN': (e) => (detail(e, 'host') ? `无法解析主机名 ${detail(e, 'host')}。` : '无法解析地址中的主机名。'),
    en: (e) => (detail(e, 'host') ? `The host name ${detail(e, 'host')} cannot be found.` : 'The host name in the address cannot be found.'),
  },
  HOST_NOT_PUBLIC: {
    'zh-CN': (e) => `${detail(e, 'host') ? `${detail(e, 'host')} ` : '该地址'}指向本机、内网或保留地址，不能作为接收地址。`,
    en: (e) => `${detail(e, 'host') || 'The address'} points at this machine, a private network or a reserved address, so it cannot receive webhooks.`,
  },
  WEBHOOK_LIMIT_REACHED: {
    'zh-CN': (e) => `每个团队最多 ${detail(e, 'max', '10')} 个 Webhook 接收地址，请先删除不用的。`,
    en: (e) => `A team can have at most ${detail(e, 'max', '10')} endpoints: delete one you no longer use first.`,
  },
  WEBHOOK_DISABLED: { 'zh-CN': '该接收地址已停用，请先重新启用。', en: 'This endpoint is disabled: enable it again first.' },
  DELIVERY_IN_PROGRESS: { 'zh-CN': '正在投递中，请稍后查看结果。', en: 'This delivery is being sent right now; check the result in a moment.' },
};
