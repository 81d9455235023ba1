// SQL of partner keys (partner-key.service.ts): counting a team's live keys, and finding the
// caller behind a secret in one statement, which also notes when the key was last used.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../../common/transaction.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import type { PartnerScope } from './partner-key.entity.js';

/** How many keys of the team are not revoked. */
export async function countLiveKeys(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ live: number }[]>(
      `select count(*)::int as live from partner_key where organization_id = ? and revoked_at is null`,
      [organizationId],
      'all',
      transactionOf(em),
    );
  return row.live;
}

/** The live key whose secret hashes to `secretHash`, of an approved team (null: none); notes its use at most once a minute. */
export async function findLiveKey(em: EntityManager, secretHash: Buffer): Promise<{ id: string; organization_id: string; scopes: PartnerScope[] } | null> {
  const [row] = await em.getConnection().execute<{ id: string; organization_id: string; scopes: PartnerScope[] }[]>(
    `with k as (
       select k.id, k.organization_id, k.scopes, k.last_used_at from partner_key k
         join organization o on o.id = k.organization_id and o.status = ?
        where k.secret_hash = ? and k.revoked_at is null),
     touched as (
       update partner_key set last_used_at = now()
        where id = (select id from k) and (last_used_at is null or last_used_at < now() - interval '1 minute'))
     select id, organization_id, scopes from k`,
    [OrganizationStatus.APPROVED, secretHash],
  );
  return row ?? null;
}
