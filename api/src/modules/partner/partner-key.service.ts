// Partner API keys: organisation ADMINs (and platform staff) issue and revoke them; every
// request that carries one as a bearer token is resolved to a PartnerCaller in one query.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type PartnerCaller, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { hashToken } from '../identity/identity.service.js';
import { requireOrgRole } from '../organization/organization-access.js';
import { lockOrganizationRow } from '../organization/organization.queries.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { MemberRole } from '../organization/membership.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { PartnerKey, PartnerScope } from './partner-key.entity.js';
import type { CreatePartnerKeyInput } from './partner-key.inputs.js';
import { countLiveKeys, findLiveKey } from './partner.queries.js';

export const PARTNER_KEY_PREFIX = 'axk_';
/** Live keys per organisation: enough for every system a department runs, few enough to review. */
export const MAX_LIVE_KEYS = 20;
const KEY_ORDER: SortKey<PartnerKey>[] = [{ column: 'k.id', value: (k) => k.id, type: 'string' }];

export function isPartnerKeyToken(token: string): boolean {
  return token.startsWith(PARTNER_KEY_PREFIX);
}

export class PartnerKeyService {
  constructor(private readonly em: EntityManager) {}

  /** A new key for an approved organisation (its ADMINs or platform staff); the secret is returned once. */
  async create(viewer: Viewer | null, input: CreatePartnerKeyInput): Promise<{ key: PartnerKey; secret: string }> {
    const v = requireViewer(viewer);
    const name = checkText('name', input.name, 2, 60);
    const scopes = [...new Set([PartnerScope.READ, ...(input.scopes ?? [])])];
    const secret = PARTNER_KEY_PREFIX + randomBytes(32).toString('base64url');
    return this.em.transactional(async (tx) => {
      await requireOrgRole(tx, v, input.organizationId, [MemberRole.ADMIN]);
      // The organisation row lock serialises key creation; the count, a statement later, sees every key committed before it.
      const status = await lockOrganizationRow(tx, input.organizationId);
      const live = await countLiveKeys(tx, input.organizationId);
      if (status !== OrganizationStatus.APPROVED)
        throw new ConflictError(Reason.TEAM_NOT_APPROVED, 'Only an approved organisation may have API keys', 'organizationId');
      if (live >= MAX_LIVE_KEYS)
        throw new ConflictError(Reason.KEY_LIMIT_REACHED, `An organisation has at most ${MAX_LIVE_KEYS} live keys: revoke one first`, 'organizationId', {
          max: MAX_LIVE_KEYS,
        });
      const key = Object.assign(new PartnerKey(), {
        organization: tx.getReference(Organization, input.organizationId),
        name,
        prefix: secret.slice(0, 12),
        secretHash: hashToken(secret),
        scopes,
        createdBy: tx.getReference(Volunteer, v.volunteerId),
      });
      await tx.persist(key).flush();
      await writeAudit(tx, [
        { actorId: v.volunteerId, action: 'partner-key.created', subjectId: key.id, detail: { organizationId: input.organizationId, scopes } },
      ]);
      return { key, secret };
    });
  }

  /** Revokes a key at once (its ADMINs or platform staff); revoking a revoked key changes nothing. */
  async revoke(viewer: Viewer | null, id: string): Promise<PartnerKey> {
    const v = requireViewer(viewer);
    const key = nodeTypeOf(id) === 'PartnerKey' ? await this.em.findOne(PartnerKey, { id }) : null;
    if (!key) throw new NotFoundError('PartnerKey');
    await requireOrgRole(this.em, v, key.organization.id, [MemberRole.ADMIN]);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.em.flush();
      await writeAudit(this.em, [
        { actorId: v.volunteerId, action: 'partner-key.revoked', subjectId: key.id, detail: { organizationId: key.organization.id } },
      ]);
    }
    return key;
  }

  /** An organisation's keys, newest last, for its ADMINs and platform staff. */
  async list(viewer: Viewer | null, organizationId: string, args: ConnectionArgs): Promise<Page<PartnerKey>> {
    await requireOrgRole(this.em, viewer, organizationId, [MemberRole.ADMIN]);
    return paginate(this.em.createQueryBuilder(PartnerKey, 'k').where({ organization: organizationId }), args, KEY_ORDER);
  }

  /**
   * The partner behind a key, or null when it is unknown, revoked or its organisation is not
   * approved. One statement, which also notes when the key was last used (at most once a minute).
   */
  async callerFor(secret: string): Promise<PartnerCaller | null> {
    if (!isPartnerKeyToken(secret) || secret.length > 100) return null;
    const row = await findLiveKey(this.em, hashToken(secret));
    return row ? { partnerKeyId: row.id, organizationId: row.organization_id, scopes: row.scopes } : null;
  }
}
