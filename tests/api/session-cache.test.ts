// The in-process session cache: signed-in requests are answered from memory, and every change
// to a session or a volunteer (made by this process, by another process or by hand in SQL) ends
// the cached viewer as PostgreSQL announces it. While the cache cannot listen, it serves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { startServer } from '../../api/src/server.js';
import { gql, testOrm, testServer } from '../helpers/api.js';
import { fakeRegistration, REGISTER } from '../helpers/people.js';
import { databaseUrl } from '../helpers/database.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
/** Another connection, as another process or an operator at psql would change things. */
let db: pg.Client;

async function newVolunteer() {
  const res = await server.gql(REGISTER, { input: fakeRegistration() });
  const { token, volunteer } = res.data.registerVolunteer;
  return { id: volunteer.id as string, headers: { authorization: `Bearer ${token}` } };
}

const me = async (headers: Record<string, string>, on: { url: string } = server) =>
  (await gql(`${on.url}/graphql`, `{ me { id displayName totalMinutes } }`, undefined, headers)).data?.me ?? null;

/** Polls until `check` holds: a notice from another connection arrives in well under a second. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 2000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A change PostgreSQL does not announce (triggers off for this statement): only a cache would miss it. */
async function unannounced(statement: string, params: unknown[]) {
  await db.query('begin');
  await db.query(`set local session_replication_role = replica`);
  await db.query(statement, params);
  await db.query('commit');
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  db = new pg.Client({ connectionString: databaseUrl() });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await server.close();
  await orm.close();
});

describe('session cache', () => {
  it('answers a signed-in request from memory once the session has been read', async () => {
    const { id, headers } = await newVolunteer();
    expect((await me(headers)).id).toBe(id);
    // Renamed behind the triggers' back: the cached viewer still answers with the old name.
    await unannounced(`update volunteer set display_name = '缓*存' where id = $1`, [id]);
    expect((await me(headers)).displayName).not.toBe('缓*存');
    // The same change announced: the next answer has it.
    await db.query(`update volunteer set display_name = '缓*存' where id = $1`, [id]);
    expect(
      (
        await eventually(
          () => me(headers),
          (v) => v.displayName === '缓*存',
        )
      ).displayName,
    ).toBe('缓*存');
  });

  it('ends a session revoked from another connection', async () => {
    const { id, headers } = await newVolunteer();
    expect((await me(headers)).id).toBe(id);
    await db.query(`update session set revoked_at = now() where volunteer_id = $1`, [id]);
    expect(
      await eventually(
        () => me(headers),
        (v) => v === null,
      ),
    ).toBeNull();
  });

  it('shows changes made elsewhere, and ends the sessions of an erased or deleted account', async () => {
    const a = await newVolunteer();
    const b = await newVolunteer();
    await me(a.headers);
    await me(b.headers);
    // (Totals change the same way; they are not touched here, since other files check them against the entries.)
    await db.query(`update volunteer set display_name = '改*名' where id = $1`, [a.id]);
    expect(
      (
        await eventually(
          () => me(a.headers),
          (v) => v.displayName === '改*名',
        )
      ).displayName,
    ).toBe('改*名');
    await db.query(`update volunteer set deleted_at = now() where id = $1`, [b.id]);
    expect(
      await eventually(
        () => me(b.headers),
        (v) => v === null,
      ),
    ).toBeNull();
    await db.query(`delete from session where volunteer_id = $1`, [a.id]);
    expect(
      await eventually(
        () => me(a.headers),
        (v) => v === null,
      ),
    ).toBeNull();
  });

  it('names the volunteers a statement changed, 200 to a notice, and says "everything" past 1,000', async () => {
    const { id, headers } = await newVolunteer();
    await me(headers);
    // 1,201 erased accounts of this test's own (erased: no other test lists them).
    await db.query(
      `insert into volunteer (id, volunteer_number, display_name, deleted_at)
       select 'vol_cachetest_' || i, 'AXT' || lpad(i::text, 9, '0'), '已注销志愿者', now() from generate_series(1, 1201) i`,
    );
    const listener = new pg.Client({ connectionString: databaseUrl() });
    await listener.connect();
    const notices: string[] = [];
    listener.on('notification', (n) => notices.push(n.payload ?? ''));
    await listener.query('listen aixin_auth');
    try {
      await db.query(`update volunteer set skills = skills where id in (select 'vol_cachetest_' || i from generate_series(1, 250) i)`);
      const named = await eventually(
        async () => notices.filter((n) => n.includes('vol_cachetest_')),
        (n) => n.length >= 2,
      );
      expect(named.length).toBe(2);
      const ids = named.flatMap((n) => n.replace(/^v:/, '').split(','));
      expect(named.every((n) => n.startsWith('v:') && n.split(',').length <= 200)).toBe(true);
      expect(new Set(ids)).toEqual(new Set(Array.from({ length: 250 }, (_, i) => `vol_cachetest_${i + 1}`)));

      // Renamed behind the triggers' back, then 1,201 others changed in one statement: everything goes.
      await unannounced(`update volunteer set display_name = '批*改' where id = $1`, [id]);
      expect((await me(headers)).displayName).not.toBe('批*改');
      notices.length = 0;
      await db.query(`update volunteer set skills = skills where id like 'vol\\_cachetest\\_%'`);
      expect(
        await eventually(
          async () => notices,
          (n) => n.includes('*'),
        ),
      ).toContain('*');
      expect(
        (
          await eventually(
            () => me(headers),
            (v) => v.displayName === '批*改',
          )
        ).displayName,
      ).toBe('批*改');
    } finally {
      await listener.end();
      await db.query(`delete from volunteer where id like 'vol\\_cachetest\\_%'`);
    }
  });

  it('signs a volunteer out on their very next request after logOut (a mutation is answered after its change has left the cache)', async () => {
    for (let i = 0; i < 15; i++) {
      const { headers } = await newVolunteer();
      expect(await me(headers)).not.toBeNull();
      const out = await server.gql(`mutation { logOut }`, undefined, headers);
      expect(out.data.logOut).toBe(true);
      expect(await me(headers)).toBeNull();
    }
  });

  it('ends a session at once in every process, whichever process ended it', async () => {
    const vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
    const other = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
    try {
      const { id, headers } = await newVolunteer();
      expect((await me(headers, other)).id).toBe(id);
      expect((await me(headers)).id).toBe(id);
      const out = await gql(`${other.url}/graphql`, `mutation { logOut }`, undefined, headers);
      expect(out.data.logOut).toBe(true);
      expect(
        await eventually(
          () => me(headers),
          (v) => v === null,
        ),
      ).toBeNull();
      expect(await me(headers, other)).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('serves nothing from memory while it cannot listen, and listens again', async () => {
    const { id, headers } = await newVolunteer();
    await me(headers);
    const killed = await db.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'aixin-session-cache' and datname = current_database()`,
    );
    expect(killed.rowCount).toBeGreaterThan(0);
    // Not listening: a change nobody announces is seen at once, because every request asks PostgreSQL.
    await new Promise((r) => setTimeout(r, 200));
    await unannounced(`update volunteer set display_name = '断*线' where id = $1`, [id]);
    expect((await me(headers)).displayName).toBe('断*线');
    // Listening again (the retry starts after half a second): cached once more, so a change
    // nobody announces goes unseen again. Each probe renames behind the triggers' back.
    let probe = 0;
    const cachedAgain = await eventually(
      async () => {
        await me(headers);
        const name = `重*连${++probe}`;
        await unannounced(`update volunteer set display_name = $2 where id = $1`, [id, name]);
        return (await me(headers)).displayName !== name;
      },
      (cached) => cached,
      5000,
    );
    expect(cachedAgain).toBe(true);
  });
});
