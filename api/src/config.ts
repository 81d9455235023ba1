// Reads the process environment once; everything else takes settings from here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SITE_SETTINGS } from './common/site-settings.js';
import { DEFAULT_LOGIN_LIMITS, DEFAULT_SETTINGS, DEFAULT_STAR_HOURS, type MediaSettings, type Settings } from './common/settings.js';
import type { QuietHours, SmsSettings } from './common/sms.js';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel, type LogSettings } from './common/logger.js';
import type { MailSettings } from './common/mailer.js';
import { DEFAULT_RATE_LIMITS, type RateLimitPolicy, type RateLimitSettings } from './common/rate-limits.js';
import type { SiteBucketSettings } from './site-bucket.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// Works from src/ (tsx, vitest) and from dist/src/ (node).
export const repoRoot = path.resolve(here, path.basename(path.dirname(here)) === 'dist' ? '../../..' : '../..');

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  production: boolean;
  development: boolean;
  siteDir: string;
  buildSite: boolean;
  /** An S3-compatible bucket each site build is also published to (null: the data directory only). */
  siteBucket: SiteBucketSettings | null;
  seedDemo: boolean;
  publicUrl: string;
  /** Background jobs this process runs at once of each kind (lottery draws, site builds, messages); 0: none (other processes run them). */
  workers: number;
  /** How often an idle worker looks for jobs sent by other processes (its own start at once). */
  jobPollMs: number;
  /** Hours before a shift starts at which its volunteers are reminded (none: no reminders). */
  reminderHours: number[];
  /** How long a signed-in viewer may be served from memory; 0: the session is read from PostgreSQL on every request. */
  sessionCacheMs: number;
  /** How long an anonymous query's answer may be served from memory (live places must show within a second); 0: never. */
  responseCacheMs: number;
  /** Session and device cookies carry Secure: always in production, and wherever the public URL is https. */
  secureCookies: boolean;
  /** Whether /graphql answers introspection queries (partners' tools read the schema that way). */
  introspection: boolean;
  /** Limits of the HTTP server (see README, Operations). */
  http: HttpLimits;
  /** What the process logs and how: JSON lines (production's default) or readable lines. */
  log: LogSettings;
  /** The bearer token /metrics asks for; without one, /metrics is open outside production and off in it. */
  metricsToken?: string;
  /** Express's `trust proxy` setting, so the client address comes from X-Forwarded-For behind a proxy. */
  trustProxy?: string;
  /** What the modules are told: who runs the site, sign-in limits, star hours, certificates. */
  settings: Settings;
  /** Database connections per process. */
  dbPoolMax: number;
  /** Processes `npm start` serves HTTP with on this machine's cores (web-processes.ts); 1: this process alone. */
  webProcesses: number;
  /** How long the site waits after a content change before rebuilding (changes within it share a build). */
  rebuildDebounceMs: number;
  /** Email to volunteers (common/mailer.ts); null: email is off. */
  mail: MailSettings | null;
  /** Requests and query cost per minute for each key, volunteer and address (common/rate-limits.ts); null: no limits. */
  rateLimits: RateLimitSettings | null;
  /** The site build's requests carry it and are not rate-limited: AIXIN_BUILD_TOKEN, else one made for this process. */
  buildToken: string;
}

export interface HttpLimits {
  /** A client must send its request headers within this time. */
  headersTimeoutMs: number;
  /** A client must send its whole request (headers and body) within this time. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** Connections over this many are refused at once (the health checks' own included). */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = { headersTimeoutMs: 20_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 2_048 };

function countFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new ConfigError(`${name} must be 1..${max}, got "${raw}"`);
  return value;
}

/** A setting the process cannot start with; main.ts prints its message alone. */
export class ConfigError extends Error {}

function flagFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== '0' && raw !== '1') throw new ConfigError(`${name} must be 0 or 1, got "${raw}"`);
  return raw === '1';
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number, got "${raw}"`);
  }
  return value;
}

/** Live places must show within a second, so an anonymous answer is kept for less. */
function responseCacheMsFromEnv(env: NodeJS.ProcessEnv): number {
  const value = millisecondsFromEnv(env, 'AIXIN_RESPONSE_CACHE_MS', 500);
  if (value > 1_000)
    throw new ConfigError(`AIXIN_RESPONSE_CACHE_MS must be 0..1000 milliseconds (live places show within a second), got "${env.AIXIN_RESPONSE_CACHE_MS}"`);
  return value;
}

function workersFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.AIXIN_WORKERS;
  if (raw === undefined || raw === '') return 2;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 64)
    throw new ConfigError(`AIXIN_WORKERS must be 0..64 (0: this process runs no background jobs), got "${raw}"`);
  return value;
}

/** E.g. "24,2"; "none" turns reminders off. */
function reminderHoursFromEnv(env: NodeJS.ProcessEnv): number[] {
  const raw = env.AIXIN_REMINDER_HOURS?.trim();
  if (raw === undefined || raw === '') return [24, 2];
  if (raw === 'none') return [];
  const hours = raw.split(',').map((h) => Number(h.trim()));
  if (hours.length > 4 || hours.some((h) => !Number.isInteger(h) || h < 1 || h > 168) || new Set(hours).size !== hours.length)
    throw new ConfigError(`AIXIN_REMINDER_HOURS must be up to four different whole hours 1..168 (e.g. "24,2") or "none", got "${raw}"`);
  return hours.sort((a, b) => b - a);
}

/** The queue looks at most twice a second (pg-boss's own floor). */
function jobPollMsFromEnv(env: NodeJS.ProcessEnv): number {
  const value = millisecondsFromEnv(env, 'AIXIN_JOB_POLL_MS', 2_000);
  if (value < 500 || value > 60_000) throw new ConfigError(`AIXIN_JOB_POLL_MS must be 500..60000 milliseconds, got "${env.AIXIN_JOB_POLL_MS}"`);
  return value;
}

function millisecondsFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86_400_000) throw new ConfigError(`${name} must be 0..86400000 milliseconds, got "${raw}"`);
  return value;
}

function textFromEnv(env: NodeJS.ProcessEnv, name: string, max: number): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (Array.from(raw).length > max) throw new ConfigError(`${name} must be at most ${max} characters`);
  return raw;
}

const SEAL_TYPES: Record<string, string> = { '.png': 'image/png', '.svg': 'image/svg+xml', '.webp': 'image/webp' };
const SEAL_MAX_BYTES = 256 * 1024;

/** The seal image named by AIXIN_CERT_SEAL_IMAGE (a PNG, SVG or WebP file), as a data: URI. */
function sealFromEnv(env: NodeJS.ProcessEnv): string | null {
  const file = env.AIXIN_CERT_SEAL_IMAGE;
  if (!file) return null;
  const type = SEAL_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new ConfigError(`AIXIN_CERT_SEAL_IMAGE must be a .png, .svg or .webp file, got "${file}"`);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ConfigError(`AIXIN_CERT_SEAL_IMAGE: cannot read "${file}"`);
  }
  if (size > SEAL_MAX_BYTES)
    throw new ConfigError(`AIXIN_CERT_SEAL_IMAGE must be at most ${SEAL_MAX_BYTES / 1024} kB, "${file}" has ${Math.ceil(size / 1024)} kB`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** Five ascending hour counts for 1–5 stars, e.g. "100,300,600,1000,1500". */
function starHoursFromEnv(env: NodeJS.ProcessEnv): number[] {
  const raw = env.AIXIN_STAR_HOURS;
  if (!raw) return DEFAULT_STAR_HOURS;
  const hours = raw.split(',').map((s) => Number(s.trim()));
  const ascending = hours.every((h, i) => Number.isFinite(h) && h > 0 && (i === 0 || h > hours[i - 1]));
  if (hours.length !== 5 || !ascending)
    throw new ConfigError(`AIXIN_STAR_HOURS must be five ascending hour counts, e.g. "100,300,600,1000,1500", got "${raw}"`);
  return hours;
}

function choiceFromEnv<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

const SMS_SETTINGS = ['AIXIN_SMS_ACCESS_KEY_ID', 'AIXIN_SMS_ACCESS_KEY_SECRET', 'AIXIN_SMS_SIGN_NAME', 'AIXIN_SMS_CODE_TEMPLATE'] as const;

/** Text messages through a provider (Aliyun SMS) when AIXIN_SMS_PROVIDER names one (then all of its settings). */
function smsFromEnv(env: NodeJS.ProcessEnv): SmsSettings | null {
  const provider = env.AIXIN_SMS_PROVIDER?.trim();
  if (!provider) return null;
  if (provider !== 'aliyun') throw new ConfigError(`AIXIN_SMS_PROVIDER must be aliyun, got "${provider}"`);
  const missing = SMS_SETTINGS.filter((name) => !env[name]?.trim());
  if (missing.length) throw new ConfigError(`AIXIN_SMS_PROVIDER is set, so ${missing.join(', ')} must be set too`);
  const endpoint = (env.AIXIN_SMS_ENDPOINT?.trim() || 'https://dysmsapi.aliyuncs.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(endpoint)) throw new ConfigError(`AIXIN_SMS_ENDPOINT must be an http(s) origin, got "${endpoint}"`);
  return {
    provider,
    endpoint,
    accessKeyId: env.AIXIN_SMS_ACCESS_KEY_ID!.trim(),
    accessKeySecret: env.AIXIN_SMS_ACCESS_KEY_SECRET!.trim(),
    signName: env.AIXIN_SMS_SIGN_NAME!.trim(),
    codeTemplate: env.AIXIN_SMS_CODE_TEMPLATE!.trim(),
    noticeTemplate: env.AIXIN_SMS_NOTICE_TEMPLATE?.trim() || null,
    quietHours: quietHoursFromEnv(env),
  };
}

/** AIXIN_SMS_QUIET_HOURS: "22:00-08:00" (the default), China time; "off" for none. */
function quietHoursFromEnv(env: NodeJS.ProcessEnv): QuietHours | null {
  const raw = env.AIXIN_SMS_QUIET_HOURS?.trim() || '22:00-08:00';
  if (raw === 'off') return null;
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(raw);
  const [fromH, fromM, toH, toM] = (match?.slice(1) ?? []).map(Number);
  if (!match || fromH > 23 || toH > 23 || fromM > 59 || toM > 59 || (fromH === toH && fromM === toM)) {
    throw new ConfigError(`AIXIN_SMS_QUIET_HOURS must be two different China times "HH:MM-HH:MM" (e.g. 22:00-08:00) or "off", got "${raw}"`);
  }
  return { from: fromH * 60 + fromM, to: toH * 60 + toM };
}

const S3_SETTINGS = [
  'AIXIN_MEDIA_S3_BUCKET',
  'AIXIN_MEDIA_S3_ENDPOINT',
  'AIXIN_MEDIA_S3_ACCESS_KEY_ID',
  'AIXIN_MEDIA_S3_SECRET_ACCESS_KEY',
  'AIXIN_MEDIA_PUBLIC_URL',
] as const;

/** Uploaded images: under the data directory, or in an S3-compatible bucket when one is named (then all of its settings). */
function mediaFromEnv(env: NodeJS.ProcessEnv, dataDir: string): MediaSettings {
  if (!env.AIXIN_MEDIA_S3_BUCKET) return { kind: 'local', dir: path.join(dataDir, 'media') };
  const missing = S3_SETTINGS.filter((name) => !env[name]?.trim());
  if (missing.length) throw new ConfigError(`AIXIN_MEDIA_S3_BUCKET is set, so ${missing.join(', ')} must be set too`);
  for (const name of ['AIXIN_MEDIA_S3_ENDPOINT', 'AIXIN_MEDIA_PUBLIC_URL'] as const) {
    if (!/^https?:\/\/[^/]+/.test(env[name]!)) throw new ConfigError(`${name} must be an http(s) URL, got "${env[name]}"`);
  }
  return {
    kind: 's3',
    endpoint: env.AIXIN_MEDIA_S3_ENDPOINT!.trim().replace(/\/+$/, ''),
    bucket: env.AIXIN_MEDIA_S3_BUCKET.trim(),
    region: env.AIXIN_MEDIA_S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.AIXIN_MEDIA_S3_ACCESS_KEY_ID!.trim(),
    secretAccessKey: env.AIXIN_MEDIA_S3_SECRET_ACCESS_KEY!.trim(),
    publicUrl: env.AIXIN_MEDIA_PUBLIC_URL!.trim().replace(/\/+$/, ''),
  };
}

const SITE_BUCKET_SETTINGS = [
  'AIXIN_SITE_BUCKET_ENDPOINT',
  'AIXIN_SITE_BUCKET_REGION',
  'AIXIN_SITE_BUCKET_PREFIX',
  'AIXIN_SITE_BUCKET_PATH_STYLE',
  'AIXIN_SITE_BUCKET_ACCESS_KEY_ID',
  'AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY',
] as const;

/** The bucket site builds are also published to, when AIXIN_SITE_BUCKET names one (then with a key allowed to write it). */
function siteBucketFromEnv(env: NodeJS.ProcessEnv): SiteBucketSettings | null {
  const bucket = env.AIXIN_SITE_BUCKET?.trim();
  if (!bucket) {
    const stray = SITE_BUCKET_SETTINGS.filter((name) => env[name]?.trim());
    if (stray.length) throw new ConfigError(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but AIXIN_SITE_BUCKET is not: name the bucket too`);
    return null;
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError(`AIXIN_SITE_BUCKET must be a bucket name (3-63 lower-case letters, digits, dots and hyphens), got "${bucket}"`);
  const missing = (['AIXIN_SITE_BUCKET_ACCESS_KEY_ID', 'AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY'] as const).filter((name) => !env[name]?.trim());
  if (missing.length) throw new ConfigError(`AIXIN_SITE_BUCKET is set, so ${missing.join(' and ')} must be set too (a key allowed to write the bucket)`);
  const endpoint = env.AIXIN_SITE_BUCKET_ENDPOINT?.trim().replace(/\/+$/, '') || null;
  if (endpoint && !/^https?:\/\/[^/]+$/.test(endpoint))
    throw new ConfigError(`AIXIN_SITE_BUCKET_ENDPOINT must be an http(s) origin, e.g. https://oss-cn-hangzhou.aliyuncs.com, got "${endpoint}"`);
  // Keys are relative to the bucket's root: "www" and "/www/" both mean www/.
  const prefix = (env.AIXIN_SITE_BUCKET_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, '');
  return {
    bucket,
    endpoint,
    region: env.AIXIN_SITE_BUCKET_REGION?.trim() || 'us-east-1',
    prefix: prefix ? `${prefix}/` : '',
    pathStyle: flagFromEnv(env, 'AIXIN_SITE_BUCKET_PATH_STYLE', false),
    accessKeyId: env.AIXIN_SITE_BUCKET_ACCESS_KEY_ID!.trim(),
    secretAccessKey: env.AIXIN_SITE_BUCKET_SECRET_ACCESS_KEY!.trim(),
  };
}

/** The URL with its password hidden, for messages. */
const withoutPassword = (url: string) => url.replace(/^([a-z][\w+.-]*:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');

const MAIL_ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * Email: AIXIN_SMTP_URL turns it on (without it, null: email is off); AIXIN_MAIL_FROM is the From
 * address, plain or with a name, by default the platform at the public URL's host.
 */
function rateLimitsFromEnv(env: NodeJS.ProcessEnv): RateLimitSettings | null {
  if (!flagFromEnv(env, 'AIXIN_RATE_LIMITS', true)) return null;
  const policy = (requests: string, cost: string, fallback: RateLimitPolicy): RateLimitPolicy => ({
    requests: countFromEnv(env, requests, fallback.requests, 1_000_000),
    cost: countFromEnv(env, cost, fallback.cost, 100_000_000),
  });
  const redisUrl = env.REDIS_URL || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  return {
    key: policy('AIXIN_RATE_KEY_REQUESTS', 'AIXIN_RATE_KEY_COST', DEFAULT_RATE_LIMITS.key),
    volunteer: policy('AIXIN_RATE_VOLUNTEER_REQUESTS', 'AIXIN_RATE_VOLUNTEER_COST', DEFAULT_RATE_LIMITS.volunteer),
    address: policy('AIXIN_RATE_ADDRESS_REQUESTS', 'AIXIN_RATE_ADDRESS_COST', DEFAULT_RATE_LIMITS.address),
    redisUrl,
  };
}

function buildTokenFromEnv(env: NodeJS.ProcessEnv): string {
  const token = textFromEnv(env, 'AIXIN_BUILD_TOKEN', 200);
  if (token && token.length < 16) throw new ConfigError('AIXIN_BUILD_TOKEN must be at least 16 characters');
  return token ?? randomBytes(24).toString('base64url');
}

function mailFromEnv(env: NodeJS.ProcessEnv, publicUrl: string): MailSettings | null {
  const rawFrom = env.AIXIN_MAIL_FROM?.trim();
  const from = rawFrom || `Aixin 爱心 <no-reply@${new URL(publicUrl).hostname}>`;
  const address = /<([^<>]*)>\s*$/.exec(from)?.[1] ?? from;
  if (!MAIL_ADDRESS.test(address.trim()))
    throw new ConfigError(
      `AIXIN_MAIL_FROM must be an email address, alone or as "Name <address>", e.g. "Aixin 爱心 <no-reply@volunteer.example>", got "${from}"`,
    );
  const smtpUrl = env.AIXIN_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let url: URL | null = null;
  try {
    url = new URL(smtpUrl);
  } catch {
    // Said below.
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname)
    throw new ConfigError(
      `AIXIN_SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@smtp.example.com:587 (user and password percent-encoded), got "${withoutPassword(smtpUrl)}"`,
    );
  return { smtpUrl, from };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const port = intFromEnv(env, 'PORT', 4000);
  const dataDir = path.resolve(env.AIXIN_DATA_DIR ?? path.join(repoRoot, '.data'));
  const production = nodeEnv === 'production';
  const publicUrl = env.AIXIN_PUBLIC_URL ?? `http://localhost:${port}`;
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError(`AIXIN_PUBLIC_URL must be an http(s) origin, got "${publicUrl}"`);
  // A production site on plain http would send sessions in the clear (and Secure cookies would not come back).
  if (production && publicUrl.startsWith('http:') && !flagFromEnv(env, 'AIXIN_ALLOW_HTTP', false)) {
    throw new ConfigError(
      `AIXIN_PUBLIC_URL is ${publicUrl}: in production the public URL must be https (terminate TLS at the reverse proxy). To try production mode on this machine over http, set AIXIN_ALLOW_HTTP=1.`,
    );
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: intFromEnv(env, 'AIXIN_EMBEDDED_PG_PORT', 54329),
    production,
    development: nodeEnv === 'development',
    siteDir: path.resolve(env.AIXIN_SITE_DIR ?? path.join(repoRoot, 'site')),
    buildSite: env.AIXIN_BUILD_SITE !== '0',
    siteBucket: siteBucketFromEnv(env),
    // The demo accounts must never exist in production.
    seedDemo: env.AIXIN_DEMO_DATA ? env.AIXIN_DEMO_DATA === '1' : nodeEnv !== 'production',
    publicUrl,
    workers: workersFromEnv(env),
    jobPollMs: jobPollMsFromEnv(env),
    reminderHours: reminderHoursFromEnv(env),
    sessionCacheMs: millisecondsFromEnv(env, 'AIXIN_SESSION_CACHE_MS', 60_000),
    responseCacheMs: responseCacheMsFromEnv(env),
    secureCookies: production || publicUrl.startsWith('https:'),
    introspection: flagFromEnv(env, 'AIXIN_INTROSPECTION', true),
    http: {
      headersTimeoutMs: countFromEnv(env, 'AIXIN_HTTP_HEADERS_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.headersTimeoutMs, 600_000),
      requestTimeoutMs: countFromEnv(env, 'AIXIN_HTTP_REQUEST_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.requestTimeoutMs, 600_000),
      keepAliveTimeoutMs: countFromEnv(env, 'AIXIN_HTTP_KEEPALIVE_TIMEOUT_MS', DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs, 600_000),
      maxConnections: countFromEnv(env, 'AIXIN_HTTP_MAX_CONNECTIONS', DEFAULT_HTTP_LIMITS.maxConnections, 1_000_000),
    },
    log: {
      level: choiceFromEnv<LogLevel>(env, 'AIXIN_LOG_LEVEL', LOG_LEVELS, 'info'),
      format: choiceFromEnv<LogFormat>(env, 'AIXIN_LOG_FORMAT', LOG_FORMATS, production ? 'json' : 'pretty'),
    },
    settings: {
      publicUrl: publicUrl.replace(/\/+$/, ''),
      login: {
        accountFailures: countFromEnv(env, 'AIXIN_LOGIN_ACCOUNT_FAILURES', DEFAULT_LOGIN_LIMITS.accountFailures, 10_000),
        ipFailures: countFromEnv(env, 'AIXIN_LOGIN_IP_FAILURES', DEFAULT_LOGIN_LIMITS.ipFailures, 100_000),
        accountGlobalFailures: countFromEnv(env, 'AIXIN_LOGIN_ACCOUNT_GLOBAL_FAILURES', DEFAULT_LOGIN_LIMITS.accountGlobalFailures, 100_000),
      },
      starHours: starHoursFromEnv(env),
      certificate: {
        issuer: {
          name: textFromEnv(env, 'AIXIN_CERT_ISSUER', 80) ?? DEFAULT_SETTINGS.certificate.issuer.name,
          personInCharge: textFromEnv(env, 'AIXIN_CERT_PERSON_IN_CHARGE', 40) ?? DEFAULT_SETTINGS.certificate.issuer.personInCharge,
          handler: textFromEnv(env, 'AIXIN_CERT_HANDLER', 40) ?? DEFAULT_SETTINGS.certificate.issuer.handler,
          contact: textFromEnv(env, 'AIXIN_CERT_CONTACT', 120),
        },
        dailyLimit: countFromEnv(env, 'AIXIN_CERT_DAILY_LIMIT', DEFAULT_SETTINGS.certificate.dailyLimit, 1_000),
        seal: sealFromEnv(env),
      },
      site: {
        operator: textFromEnv(env, 'AIXIN_SITE_OPERATOR', 80) ?? DEFAULT_SITE_SETTINGS.operator,
        supervisor: textFromEnv(env, 'AIXIN_SITE_SUPERVISOR', 80),
        hotline: textFromEnv(env, 'AIXIN_SITE_HOTLINE', 40),
        email: textFromEnv(env, 'AIXIN_SITE_EMAIL', 254),
        icpNumber: textFromEnv(env, 'AIXIN_ICP_NUMBER', 60),
        publicSecurityFiling: textFromEnv(env, 'AIXIN_PUBLIC_SECURITY_FILING', 60),
      },
      media: mediaFromEnv(env, dataDir),
      requestStaleDays: countFromEnv(env, 'AIXIN_REQUEST_STALE_DAYS', DEFAULT_SETTINGS.requestStaleDays, 365),
      // Webhook endpoints on this machine or its networks (SSRF) only where allowed (tests, closed networks), which allows plain http in production too.
      webhooks: ((allowPrivate) => ({ allowPrivateAddresses: allowPrivate, requireHttps: production && !allowPrivate }))(
        flagFromEnv(env, 'AIXIN_WEBHOOK_ALLOW_PRIVATE', false),
      ),
      broadcastsPerDay: countFromEnv(env, 'AIXIN_BROADCASTS_PER_DAY', DEFAULT_SETTINGS.broadcastsPerDay, 1_000),
      sms: smsFromEnv(env),
    },
    dbPoolMax: countFromEnv(env, 'AIXIN_DB_POOL_MAX', 10, 1_000),
    webProcesses: countFromEnv(env, 'AIXIN_WEB_PROCESSES', 1, 64),
    metricsToken: env.AIXIN_METRICS_TOKEN || undefined,
    trustProxy: env.AIXIN_TRUST_PROXY || undefined,
    rebuildDebounceMs: millisecondsFromEnv(env, 'AIXIN_REBUILD_DEBOUNCE_MS', 3_000),
    mail: mailFromEnv(env, publicUrl),
    rateLimits: rateLimitsFromEnv(env),
    buildToken: buildTokenFromEnv(env),
  };
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
