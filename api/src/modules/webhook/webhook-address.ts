// Where a webhook may point (SSRF): an http(s) URL whose host resolves to public addresses
// only, never this machine, the private networks around it or cloud metadata services; https
// only in production. Checked when an endpoint is created and again at every delivery, which
// then connects to the address it checked (webhook-post.ts), so a name that resolves elsewhere
// between the check and the connection (DNS rebinding) gains nothing.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Reason } from '../../common/error-reasons.js';
import type { Settings } from '../../common/settings.js';

/** Private and loopback endpoints allowed (AIXIN_WEBHOOK_ALLOW_PRIVATE=1); https required (production). */
export type WebhookSettings = Settings['webhooks'];

/** Why a URL or its address is refused: the reason a form words, an English message (kept in the delivery log) and its details. */
export class WebhookAddressError extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const MAX_URL_LENGTH = 2000;
const RESOLVE_TIMEOUT_MS = 5_000;

const v4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  v4.addSubnet(network, prefix, 'ipv4');
}

const v6 = new BlockList();
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped (checked as IPv4 below; blocked here if that fails)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  v6.addSubnet(network, prefix, 'ipv6');
}

/** The 16 bytes of an IPv6 address (zone dropped, a trailing dotted quad read), or null. */
function ipv6Bytes(address: string): number[] | null {
  let text = address.replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let tail: number[] = [];
  if (quad) {
    tail = quad[1].split('.').map(Number);
    text = text.slice(0, -quad[1].length) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...head, ...Array<string>(missing).fill('0'), ...rest];
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [(n >> 8) & 0xff, n & 0xff];
  });
  if (quad) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** Whether an address is on the public internet (not loopback, private, link-local, CGNAT, multicast, reserved or documentation). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 4) return !v4.check(address, 'ipv4');
  if (family !== 6) return false;
  const bytes = ipv6Bytes(address);
  if (!bytes) return false;
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses reach the IPv4 address inside.
  const mapped = zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff;
  const nat64 = bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12);
  if (mapped || nat64) return isPublicAddress(bytes.slice(12).join('.'));
  return !v6.check(address.replace(/%.*$/, ''), 'ipv6');
}

/** The URL of a new endpoint, checked for its form (not yet its address): BAD_USER_INPUT-worthy messages. */
export function parseWebhookUrl(raw: string, settings: WebhookSettings): URL {
  const text = raw.trim();
  if (!text || text.length > MAX_URL_LENGTH)
    throw new WebhookAddressError(text ? Reason.TOO_LONG : Reason.REQUIRED, `The address must be 1..${MAX_URL_LENGTH} characters`, { max: MAX_URL_LENGTH });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookAddressError(Reason.BAD_FORMAT, 'The address is not a URL such as https://example.com/aixin/webhook', { expected: 'an https URL' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookAddressError(Reason.URL_NOT_HTTPS, 'The address must start with https://');
  if (url.protocol === 'http:' && settings.requireHttps)
    throw new WebhookAddressError(Reason.URL_NOT_HTTPS, 'The address must start with https:// (production takes https only)');
  if (url.username || url.password) throw new WebhookAddressError(Reason.URL_HAS_CREDENTIALS, 'The address must not carry a user name or password');
  if (!url.hostname) throw new WebhookAddressError(Reason.BAD_FORMAT, 'The address has no host name', { expected: 'an https URL' });
  url.hash = '';
  return url;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * The address to connect to for a URL: the host's addresses, every one of them public unless
 * private addresses are allowed (a name with one private address among public ones is refused
 * too: which one a connection would use is not ours to choose).
 */
export async function resolveWebhookHost(url: URL, settings: WebhookSettings): Promise<ResolvedAddress> {
  if (url.protocol === 'http:' && settings.requireHttps) throw new WebhookAddressError(Reason.URL_NOT_HTTPS, 'Production delivers to https addresses only');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    let timer: NodeJS.Timeout | undefined;
    try {
      // The system resolver may wait long on a name that never answers; a delivery has its time limit.
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), RESOLVE_TIMEOUT_MS)));
      const found = await Promise.race([lookup(host, { all: true, verbatim: true }), late]);
      addresses = found.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
    } catch {
      throw new WebhookAddressError(Reason.HOST_UNRESOLVED, `The host name ${host} does not resolve`, { host });
    } finally {
      clearTimeout(timer);
    }
    if (!addresses.length) throw new WebhookAddressError(Reason.HOST_UNRESOLVED, `The host name ${host} does not resolve`, { host });
  }
  if (!settings.allowPrivateAddresses && addresses.some((a) => !isPublicAddress(a.address))) {
    throw new WebhookAddressError(Reason.HOST_NOT_PUBLIC, `${host} points at this machine, a private network or a reserved address`, { host });
  }
  return addresses[0];
}
