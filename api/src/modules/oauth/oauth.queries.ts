// The SQL of delegated access: codes are taken once (a delete that returns the row), refresh
// tokens are replaced once (an update that returns the row), and an access token resolves to its
// volunteer in one statement, which also notes when the app was last used. Scopes go in as JSON
// (knex would spread an array into separate parameters).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppScope } from '../../common/auth.js';
import { transactionOf } from '../../common/transaction.js';

interface GrantRow {
  grant_id: string;
  app_id: string;
  volunteer_id: string;
}

export interface CodeRow extends GrantRow {
  scopes: AppScope[];
  redirect_uri: string;
  code_challenge: string;
  code_challenge_method: string;
  expires_at: Date;
}

export interface TokenRow extends GrantRow {
  token_id: string;
  scopes: AppScope[];
  refresh_expires_at: Date | null;
}

/** Where a grant, its app and its volunteer are all still live. */
const LIVE_GRANT = `join oauth_grant g on g.id = x.grant_id and g.revoked_at is null
  join oauth_app a on a.id = g.app_id and a.disabled_at is null
  join volunteer v on v.id = g.volunteer_id and v.deleted_at is null`;

/** The consent of a volunteer to an app: made, or widened to `scopes` and made live again. Returns its ID. */
export async function upsertGrant(em: EntityManager, appId: string, volunteerId: string, grantId: string, scopes: AppScope[]): Promise<string> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `insert into oauth_grant (id, app_id, volunteer_id, scopes) values (?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)))
     on conflict (app_id, volunteer_id) do update
        set scopes = case when oauth_grant.revoked_at is null
                          then array(select distinct unnest(oauth_grant.scopes || excluded.scopes) order by 1)
                          else excluded.scopes end,
            revoked_at = null
     returning id`,
    [grantId, appId, volunteerId, JSON.stringify(scopes)],
    'all',
    transactionOf(em),
  );
  return rows[0].id;
}

export async function insertCode(
  em: EntityManager,
  code: { hash: Buffer; grantId: string; scopes: AppScope[]; redirectUri: string; challenge: string; method: string; expiresAt: Date },
): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into oauth_code (code_hash, grant_id, scopes, redirect_uri, code_challenge, code_challenge_method, expires_at) values (?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, ?)`,
      [code.hash, code.grantId, JSON.stringify(code.scopes), code.redirectUri, code.challenge, code.method, code.expiresAt],
      'run',
      transactionOf(em),
    );
}

export async function findCode(em: EntityManager, hash: Buffer): Promise<CodeRow | null> {
  const rows = await em.getConnection().execute<CodeRow[]>(
    `select x.grant_id, g.app_id, g.volunteer_id, x.scopes, x.redirect_uri, x.code_challenge, x.code_challenge_method, x.expires_at
       from oauth_code x ${LIVE_GRANT} where x.code_hash = ?`,
    [hash],
  );
  return rows[0] ?? null;
}

/** Takes a code for good; false when another request took it first. */
export async function deleteCode(em: EntityManager, hash: Buffer): Promise<boolean> {
  const rows = await em.getConnection().execute<{ grant_id: string }[]>(`delete from oauth_code where code_hash = ? returning grant_id`, [hash]);
  return rows.length > 0;
}

export async function insertToken(
  em: EntityManager,
  token: {
    id: string;
    grantId: string;
    scopes: AppScope[];
    accessHash: Buffer;
    accessExpiresAt: Date;
    refreshHash: Buffer | null;
    refreshExpiresAt: Date | null;
  },
): Promise<void> {
  await em
    .getConnection()
    .execute(
      `insert into oauth_token (id, grant_id, scopes, access_hash, access_expires_at, refresh_hash, refresh_expires_at) values (?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, ?)`,
      [token.id, token.grantId, JSON.stringify(token.scopes), token.accessHash, token.accessExpiresAt, token.refreshHash, token.refreshExpiresAt],
    );
}

export async function findRefreshToken(em: EntityManager, hash: Buffer): Promise<TokenRow | null> {
  const rows = await em.getConnection().execute<TokenRow[]>(
    `select x.id as token_id, x.grant_id, g.app_id, g.volunteer_id, x.scopes, x.refresh_expires_at
       from oauth_token x ${LIVE_GRANT} where x.refresh_hash = ? and x.revoked_at is null`,
    [hash],
  );
  return rows[0] ?? null;
}

/** Revokes one token (its access and refresh halves); false when it was revoked already. */
export async function revokeToken(em: EntityManager, tokenId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(`update oauth_token set revoked_at = now() where id = ? and revoked_at is null returning id`, [tokenId]);
  return rows.length > 0;
}

/** Revokes the token whose access or refresh half hashes to `hash`, if `appId` issued it (RFC 7009). */
export async function revokeTokenByHash(em: EntityManager, hash: Buffer, appId: string | null): Promise<void> {
  await em.getConnection().execute(
    `update oauth_token x set revoked_at = now()
       from oauth_grant g
      where g.id = x.grant_id and (x.access_hash = ? or x.refresh_hash = ?) and x.revoked_at is null and (?::text is null or g.app_id = ?)`,
    [hash, hash, appId, appId],
  );
}

/** Ends a consent and every token it gave, at once; false when it was not the volunteer's live consent. */
export async function revokeGrant(em: EntityManager, grantId: string, volunteerId: string): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with g as (update oauth_grant set revoked_at = now() where id = ? and volunteer_id = ? and revoked_at is null returning id),
          t as (update oauth_token set revoked_at = now() where grant_id in (select id from g) and revoked_at is null),
          c as (delete from oauth_code where grant_id in (select id from g))
     select id from g`,
    [grantId, volunteerId],
  );
  return rows.length > 0;
}

export interface AccessRow extends GrantRow {
  token_id: string;
  scopes: AppScope[];
}

/** The volunteer, app and scopes behind a live access token, in one statement. */
export async function findAccess(em: EntityManager, hash: Buffer): Promise<AccessRow | null> {
  const rows = await em.getConnection().execute<AccessRow[]>(
    `with t as (
       select x.id as token_id, x.grant_id, g.app_id, g.volunteer_id, x.scopes, g.last_used_at
         from oauth_token x ${LIVE_GRANT}
        where x.access_hash = ? and x.revoked_at is null and x.access_expires_at > now()),
     touched as (
       update oauth_grant set last_used_at = now()
        where id = (select grant_id from t) and (last_used_at is null or last_used_at < now() - interval '1 minute'))
     select token_id, grant_id, app_id, volunteer_id, scopes from t`,
    [hash],
  );
  return rows[0] ?? null;
}
