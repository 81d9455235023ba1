// The settings the modules work with, taken from the one validated configuration (config.ts)
// and handed to them through the request context or their constructor: nothing below reads the
// environment. The defaults are what an unset variable means.
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from './site-settings.js';
import type { SmsSettings } from './sms.js';

/** Sign-in attempts allowed per 15 minutes (modules/identity/throttle.ts). */
export interface LoginLimits {
  /** Per account from one address, and per known device. */
  accountFailures: number;
  /** Per address, whatever the accounts. */
  ipFailures: number;
  /** Per account from everywhere. */
  accountGlobalFailures: number;
}

/** Printed on service certificates (出具单位, 负责人, 经办人, 联系方式). */
export interface IssuerSettings {
  name: string;
  personInCharge: string;
  handler: string;
  /** Null: the platform's public URL. */
  contact: string | null;
}

/** Where uploaded images are kept: files under a directory served at /media/, or an S3-compatible bucket. */
export type MediaSettings =
  | { kind: 'local'; dir: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; publicUrl: string };

export interface Settings {
  /** The public origin, e.g. https://volunteer.example (no trailing slash). */
  publicUrl: string;
  login: LoginLimits;
  /** Approved hours for 1–5 stars, ascending. */
  starHours: number[];
  certificate: {
    issuer: IssuerSettings;
    /** Certificates one volunteer may be issued in any 24 hours. */
    dailyLimit: number;
    /** The issuer's seal as a data: URI, or null. */
    seal: string | null;
  };
  site: SiteSettings;
  media: MediaSettings;
  /** Days an OPEN service request may wait unclaimed before it is flagged to its federation. */
  requestStaleDays: number;
  /** Partner webhooks' endpoints: on private or loopback addresses only when allowed (AIXIN_WEBHOOK_ALLOW_PRIVATE), https only when required (production). */
  webhooks: { allowPrivateAddresses: boolean; requireHttps: boolean };
  /** The SMS provider (verification codes); null: no SMS. */
  sms: SmsSettings | null;
  /** Messages (群发通知) one team may send to its members or a shift's volunteers in any 24 hours. */
  broadcastsPerDay: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { accountFailures: 5, ipFailures: 30, accountGlobalFailures: 100 };
export const DEFAULT_STAR_HOURS = [100, 300, 600, 1000, 1500];

export const DEFAULT_SETTINGS: Settings = {
  publicUrl: 'http://localhost:4000',
  login: DEFAULT_LOGIN_LIMITS,
  starHours: DEFAULT_STAR_HOURS,
  certificate: {
    issuer: { name: '爱心志愿服务平台', personInCharge: '平台运营负责人', handler: '系统自助出具', contact: null },
    dailyLimit: 20,
    seal: null,
  },
  site: DEFAULT_SITE_SETTINGS,
  media: { kind: 'local', dir: '.data/media' },
  requestStaleDays: 7,
  webhooks: { allowPrivateAddresses: false, requireHttps: false },
  broadcastsPerDay: 10,
  sms: null,
};
