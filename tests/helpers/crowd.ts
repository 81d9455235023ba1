// Many signed-in volunteers at once, for concurrency tests: rows and session tokens written
// straight to the database (registering hundreds through scrypt would take minutes).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { newId } from '../../api/src/common/ids.js';
import { hashToken } from '../../api/src/modules/identity/identity.service.js';

export interface CrowdMember {
  id: string;
  headers: Record<string, string>;
}

export async function createCrowd(databaseUrl: string, size: number): Promise<CrowdMember[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const members: CrowdMember[] = [];
    await db.query('begin');
    for (let i = 0; i < size; i++) {
      const id = newId('vol');
      const token = `axs_${randomBytes(32).toString('base64url')}`;
      await db.query(
        `insert into volunteer (id, volunteer_number, display_name) values ($1, 'AX' || lpad(nextval('volunteer_number_seq')::text, 10, '0'), '测*者')`,
        [id],
      );
      await db.query(`insert into session (id, volunteer_id, token_hash, expires_at) values ($1, $2, $3, now() + interval '1 day')`, [
        newId('ses'),
        id,
        hashToken(token),
      ]);
      members.push({ id, headers: { authorization: `Bearer ${token}` } });
    }
    await db.query('commit');
    return members;
  } finally {
    await db.end();
  }
}
