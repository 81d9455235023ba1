// Certificates of service (志愿服务记录证明, contents per 民发〔2015〕149号): issued to the signed-in
// volunteer from their live ledger records, verifiable by anyone with the code.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { ConflictError } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { maskResidentId } from '../../common/masking.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { RateLimitedError } from '../identity/throttle.js';
import { Reason } from '../../common/error-reasons.js';
import { DEFAULT_SETTINGS, type Settings } from '../../common/settings.js';
import { Certificate, type CertificateIssuer } from './certificate.entity.js';
import { certificateSignatureValid, newCertificateCode, normalizeCertificateCode } from './certificate-code.js';
import { lockVolunteers } from './ledger-writer.js';
import { validQualificationsOf } from '../training/training.queries.js';
import { findCertificateHolder, insertCertificate, liveServiceRecords, recentCertificateTimes } from './ledger.queries.js';

export const ID_TYPE_RESIDENT = '居民身份证';

/** The issuing body printed on certificates, as configured (README, AIXIN_CERT_*). */
export function certificateIssuer(settings: Settings): CertificateIssuer {
  const { issuer } = settings.certificate;
  // By default the platform's public address.
  return { name: issuer.name, personInCharge: issuer.personInCharge, handler: issuer.handler, contact: issuer.contact ?? settings.publicUrl };
}

const DAY_MS = 86_400_000;

export interface Verification {
  valid: boolean;
  certificate: Certificate | null;
  currentTotalMinutes: number | null;
}

const ORDER = [
  { column: 'c.issued_at', value: (c: Certificate) => c.issuedAt, type: 'date' as const },
  { column: 'c.code', value: (c: Certificate) => c.code, type: 'string' as const },
];

export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
    private readonly settings: Settings = DEFAULT_SETTINGS,
  ) {}

  async issue(viewer: Viewer | null, idempotencyKey?: string | null): Promise<Certificate> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    const code = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'issueCertificate', v.volunteerId, key, {});
        if (claim.kind === 'replay') return claim.resultId;
      }
      // Under the volunteer's ledger lock: no entry can land between reading the total and the records.
      await lockVolunteers(tx, [v.volunteerId]);
      // Counted under that lock too, so concurrent requests cannot each see room for one more.
      // Each certificate is a permanent row of the append-only table: a script on a stolen session must not fill it.
      const limit = this.settings.certificate.dailyLimit;
      // Issue times are the API's clock (issuedAt below), so the window is measured by it too.
      const recent = await recentCertificateTimes(tx, v.volunteerId, new Date(Date.now() - DAY_MS), limit);
      if (recent.length >= limit) {
        const freesAt = recent[recent.length - 1].getTime() + DAY_MS;
        throw new RateLimitedError(
          Math.max(1, Math.ceil((freesAt - Date.now()) / 1000)),
          Reason.CERTIFICATE_LIMIT,
          `At most ${limit} certificates in 24 hours`,
          { limit },
        );
      }
      const holder = await findCertificateHolder(tx, v.volunteerId);
      if (!holder) throw new ConflictError(Reason.ACCOUNT_CLOSED, 'The account no longer exists');
      const records = await liveServiceRecords(tx, v.volunteerId);
      const sum = records.reduce((s, r) => s + r.minutes, 0);
      if (sum !== holder.total_minutes) throw new Error('ledger total differs from its entries');
      if (records.length === 0) throw new ConflictError(Reason.NO_HOURS_YET, 'No service hours are recorded yet');
      const contents = {
        volunteerNumber: holder.volunteer_number,
        displayName: holder.display_name,
        idType: ID_TYPE_RESIDENT,
        idNumberMasked: holder.id_number_enc ? maskResidentId(this.vault.decrypt(holder.id_number_enc)) : null,
        totalMinutes: sum,
        recordCount: records.length,
        records,
        issuer: certificateIssuer(this.settings),
        issuedAt: new Date(),
        qualifications: await validQualificationsOf(tx, v.volunteerId),
      };
      const code = newCertificateCode(this.vault, contents);
      await insertCertificate(tx, { ...contents, code, volunteerId: v.volunteerId, issuedById: v.volunteerId });
      if (key) await recordIdempotentResult(tx, 'issueCertificate', v.volunteerId, key, code);
      return code;
    });
    return (await this.em.fork().findOne(Certificate, { code }))!;
  }

  /** Valid only when the code names a stored certificate whose contents still match its signature. */
  async verify(code: string): Promise<Verification> {
    const invalid: Verification = { valid: false, certificate: null, currentTotalMinutes: null };
    const clean = normalizeCertificateCode(code);
    if (!clean) return invalid;
    const certificate = await this.em.findOne(Certificate, { code: clean }, { populate: ['volunteer'] });
    if (!certificate || !certificateSignatureValid(this.vault, clean, { ...certificate, idNumberMasked: certificate.idNumberMasked ?? null })) return invalid;
    return { valid: true, certificate, currentTotalMinutes: certificate.volunteer.totalMinutes };
  }

  listForVolunteer(volunteerId: string, args: ConnectionArgs): Promise<Page<Certificate>> {
    const qb = this.em.createQueryBuilder(Certificate, 'c').where({ volunteer: volunteerId });
    return paginate(qb, args, ORDER, 'desc');
  }
}
