// Certificate codes: a random serial and an HMAC over the certificate's contents (key derived from
// the data key), so a forged code, an altered code and an altered stored certificate all fail.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PersonalDataVault } from '../../common/personal-data.js';
import type { CertificateIssuer, CertificateQualification, CertificateRecord } from './certificate.entity.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SERIAL_CHARS = 12;
const SIGNATURE_CHARS = 16;

export interface SignedContents {
  volunteerNumber: string;
  displayName: string;
  idType: string;
  idNumberMasked: string | null;
  totalMinutes: number;
  recordCount: number;
  records: CertificateRecord[];
  issuer: CertificateIssuer;
  issuedAt: Date;
  /** The holder's valid qualifications when issued; certificates from before they were listed have none. */
  qualifications?: CertificateQualification[] | null;
}

function base32(bytes: Buffer, chars: number): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      bits -= 5;
      out += CROCKFORD[(value >> bits) & 31];
    }
  }
  return out;
}

/** Field by field in a fixed order: JSON stored as jsonb comes back with its keys reordered. */
function canonical(serial: string, c: SignedContents): string {
  const records = createHash('sha256')
    .update(JSON.stringify(c.records.map((r) => [r.serviceDate, r.activity, r.organization, r.place, r.serviceContent, r.minutes])))
    .digest('hex');
  const issuer = [c.issuer.name, c.issuer.personInCharge, c.issuer.handler, c.issuer.contact];
  return JSON.stringify([
    serial,
    c.volunteerNumber,
    c.displayName,
    c.idType,
    c.idNumberMasked,
    c.totalMinutes,
    c.recordCount,
    records,
    issuer,
    c.issuedAt.toISOString(),
    // Only when there are some, so certificates issued before qualifications were listed still verify.
    ...(c.qualifications?.length ? [c.qualifications.map((q) => [q.name, q.nameEn, q.expiresOn])] : []),
  ]);
}

function signature(vault: PersonalDataVault, serial: string, contents: SignedContents): string {
  return base32(vault.mac('certificate', canonical(serial, contents)), SIGNATURE_CHARS);
}

export function newCertificateCode(vault: PersonalDataVault, contents: SignedContents): string {
  const serial = base32(randomBytes(8), SERIAL_CHARS);
  return `${serial}-${signature(vault, serial, contents)}`;
}

const CODE_SHAPE = new RegExp(`^[${CROCKFORD}]{${SERIAL_CHARS}}-[${CROCKFORD}]{${SIGNATURE_CHARS}}$`);

/** Upper-cased and trimmed, or null when the text cannot be one of our codes. */
export function normalizeCertificateCode(code: string): string | null {
  const clean = code.trim().toUpperCase();
  return clean.length <= 40 && CODE_SHAPE.test(clean) ? clean : null;
}

/** Whether the code's signature matches these contents (constant time). */
export function certificateSignatureValid(vault: PersonalDataVault, code: string, contents: SignedContents): boolean {
  const [serial, given] = code.split('-');
  const expected = Buffer.from(signature(vault, serial, contents));
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
