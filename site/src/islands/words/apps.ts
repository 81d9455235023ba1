// The words of delegated access in both languages: the consent page (AppConsent), the connected
// apps on the account page (ConnectedApps) and the staff's apps page (AdminApps). Scopes are
// described the same way everywhere.
import type { AppScope } from '../../gql/graphql';
import type { Locale } from '../../i18n/locales';

export interface AppWords {
  scopes: Record<AppScope, string>;
  /** Between scopes listed in a line. */
  separator: string;
  consent: {
    loading: string;
    asks: (app: string) => string;
    signedInAs: (name: string) => string;
    returnsTo: (host: string) => string;
    homepage: string;
    allow: string;
    deny: string;
    sending: string;
    signIn: string;
    signInText: string;
    invalidTitle: string;
    invalid: Record<'clientId' | 'redirectUri' | 'codeChallenge' | 'responseType' | 'scope' | 'other', string>;
  };
  connected: {
    title: string;
    intro: string;
    none: string;
    allowed: (date: string) => string;
    lastUsed: (date: string) => string;
    disconnect: (app: string) => string;
    disconnected: (app: string) => string;
  };
  admin: {
    register: string;
    name: string;
    homepage: string;
    redirectUris: string;
    redirectHint: string;
    scopes: string;
    submit: string;
    registered: (app: string) => string;
    list: string;
    none: string;
    clientId: string;
    disabled: string;
    disable: (app: string) => string;
    disabledNow: (app: string) => string;
    endpoints: string;
  };
}

export const APP_WORDS: Record<Locale, AppWords> = {
  'zh-CN': {
    scopes: {
      PROFILE: '查看你的姓名、志愿者编号、星级、所在区县、技能和所在团队',
      SIGNUPS: '查看你的报名，代你报名、取消报名和签到',
      HOURS: '查看你的服务时长记录和证书',
    },
    separator: '；',
    consent: {
      loading: '正在读取应用的请求……',
      asks: (app) => `“${app}”请求代你：`,
      signedInAs: (name) => `当前登录：${name}`,
      returnsTo: (host) => `完成后将返回 ${host}。`,
      homepage: '应用网站',
      allow: '允许',
      deny: '拒绝',
      sending: '正在处理……',
      signIn: '登录后授权',
      signInText: '请先登录，再决定是否允许这个应用代你操作。',
      invalidTitle: '无法处理这个授权请求',
      invalid: {
        clientId: '这个应用不存在或已被平台停用。',
        redirectUri: '请求中的返回地址不是这个应用登记的地址。为了你的安全，授权已停止。',
        codeChallenge: '这个应用的请求缺少安全校验（PKCE），授权已停止。请联系应用的开发者。',
        responseType: '这个应用的请求格式不正确，授权已停止。请联系应用的开发者。',
        scope: '这个应用请求了它无权申请的权限，授权已停止。',
        other: '暂时无法读取这个授权请求，请稍后重试。',
      },
    },
    connected: {
      title: '已授权的应用',
      intro: '这些应用可以在你允许的范围内代你操作。解除授权后，应用立即失去代你操作的能力。',
      none: '你还没有授权任何应用。',
      allowed: (date) => `${date} 授权`,
      lastUsed: (date) => `最近使用：${date}`,
      disconnect: (app) => `解除对“${app}”的授权`,
      disconnected: (app) => `已解除对“${app}”的授权。`,
    },
    admin: {
      register: '登记应用',
      name: '应用名称（志愿者在授权页上看到）',
      homepage: '应用网站（https，选填）',
      redirectUris: '回调地址（每行一个，最多 5 个）',
      redirectHint: 'https 地址、本机 http 地址（开发用），或应用自有协议如 com.example.app:/callback。授权后只会返回这些地址。',
      scopes: '应用最多可以申请的权限',
      submit: '登记',
      registered: (app) => `已登记“${app}”。请把下方的 client_id 交给应用的开发者。`,
      list: '已登记的应用',
      none: '还没有登记任何应用。',
      clientId: 'client_id',
      disabled: '已停用',
      disable: (app) => `停用“${app}”`,
      disabledNow: (app) => `已停用“${app}”，它持有的授权立即失效。`,
      endpoints: '授权地址 /oauth/authorize，令牌地址 /oauth/token，撤销地址 /oauth/revoke；必须使用 PKCE（S256）。',
    },
  },
  en: {
    scopes: {
      PROFILE: 'See your name, volunteer number, stars, district, skills and teams',
      SIGNUPS: 'See your sign-ups, and sign you up, cancel and check in for you',
      HOURS: 'See your service hours, records and certificates',
    },
    separator: '; ',
    consent: {
      loading: 'Reading the app’s request…',
      asks: (app) => `“${app}” asks to:`,
      signedInAs: (name) => `Signed in as ${name}`,
      returnsTo: (host) => `You will go back to ${host} afterwards.`,
      homepage: 'The app’s website',
      allow: 'Allow',
      deny: 'Deny',
      sending: 'Working…',
      signIn: 'Log in to decide',
      signInText: 'Log in first, then decide whether this app may act for you.',
      invalidTitle: 'This request cannot go on',
      invalid: {
        clientId: 'This app does not exist or has been disabled by the platform.',
        redirectUri: 'The address in the request is not one the app registered. For your safety, the request has stopped.',
        codeChallenge: 'The app’s request lacks its security check (PKCE), so it has stopped. Please tell the app’s developers.',
        responseType: 'The app’s request is malformed, so it has stopped. Please tell the app’s developers.',
        scope: 'The app asked for more than it may, so the request has stopped.',
        other: 'The request cannot be read just now. Please try again later.',
      },
    },
    connected: {
      title: 'Connected apps',
      intro: 'These apps may act for you as far as you allowed. Disconnect one and it loses that at once.',
      none: 'You have not allowed any app.',
      allowed: (date) => `Allowed on ${date}`,
      lastUsed: (date) => `Last used ${date}`,
      disconnect: (app) => `Disconnect “${app}”`,
      disconnected: (app) => `“${app}” is disconnected.`,
    },
    admin: {
      register: 'Register an app',
      name: 'Name (volunteers see it on the consent page)',
      homepage: 'The app’s website (https, optional)',
      redirectUris: 'Redirect addresses (one per line, at most 5)',
      redirectHint:
        'https addresses, http on localhost (for development), or the app’s own scheme such as com.example.app:/callback. Volunteers are sent back to these only.',
      scopes: 'The most the app may ask for',
      submit: 'Register',
      registered: (app) => `“${app}” is registered. Give the client_id below to its developers.`,
      list: 'Registered apps',
      none: 'No app is registered yet.',
      clientId: 'client_id',
      disabled: 'Disabled',
      disable: (app) => `Disable “${app}”`,
      disabledNow: (app) => `“${app}” is disabled; what volunteers allowed it ends at once.`,
      endpoints: 'Authorization at /oauth/authorize, tokens at /oauth/token, revocation at /oauth/revoke; PKCE (S256) is required.',
    },
  },
};
