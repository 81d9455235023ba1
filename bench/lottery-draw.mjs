#!/usr/bin/env node
// Lottery draws: how long the one transaction that draws a shift takes (claim, order the
// entries by SHA-256, write statuses and draw positions, one outbox message per entrant, the
// record) for 1,000 to 50,000 entries, and how long drawing many due shifts one after another
// takes (as a worker draws them, one job after another). Scratch database on DATABASE_URL's server (or 127.0.0.1:5432). Run after
// `npx turbo run build --filter=@aixin/api`:
//   node bench/lottery-draw.mjs [--entries 1000,10000,50000] [--shifts 200]
import { DRAW_ALGORITHM, newDrawSeed } from '../api/dist/src/modules/lottery/draw-order.js';
import { LotteryService } from '../api/dist/src/modules/lottery/lottery.service.js';
import { newId } from '../api/dist/src/common/ids.js';
import { benchProject, openScratch } from './lib/scratch.mjs';

const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = argValue('--entries', '1000,10000,50000').split(',').map(Number);
const shiftCount = Number(argValue('--shifts', '200'));
const largest = Math.max(...sizes, 20);

const { orm, close } = await openScratch({ allowGlobalContext: true });
const conn = orm.em.getConnection();
try {
  await benchProject(conn, '抽签基准');
  await conn.execute(
    `insert into volunteer (id, volunteer_number, display_name) select 'vol_l' || n, 'LX' || lpad(n::text, 10, '0'), '基*者' from generate_series(1, ${largest}) n`,
  );

  /** A LOTTERY shift with `entries` PENDING_DRAW sign-ups whose window has just closed. */
  const lottery = async (entries, capacity) => {
    const id = newId('sft');
    await conn.execute(
      `insert into shift (id, project_id, starts_at, ends_at, capacity, waitlist, allocation, registration_closes_at, entrant_count)
       values (?, 'prj_bench', now() + interval '2 days', now() + interval '2 days 3 hours', ?, true, 'LOTTERY', now() + interval '1 day', ?)`,
      [id, capacity, entries],
    );
    await conn.execute(`insert into shift_draw (shift_id, algorithm, seed) values (?, ?, ?)`, [id, DRAW_ALGORITHM, newDrawSeed()]);
    await conn.execute(
      `insert into signup (id, shift_id, volunteer_id, status)
       select 'sgn_' || substr(md5(? || n), 1, 26), ?, 'vol_l' || n, 'PENDING_DRAW' from generate_series(1, ${entries}) n`,
      [id, id],
    );
    await conn.execute(`update shift set registration_closes_at = now() - interval '1 second' where id = ?`, [id]);
    return id;
  };

  await conn.execute('analyze');
  for (const entries of sizes) {
    const capacity = Math.max(1, Math.floor(entries / 10));
    const id = await lottery(entries, capacity);
    const t0 = performance.now();
    const result = await new LotteryService(orm.em.fork()).runDraw(id);
    const ms = performance.now() - t0;
    const [{ notes }] = await conn.execute(`select count(*)::int as notes from outbox where topic = 'signup.drawn' and payload->>'shiftId' = ?`, [id]);
    console.log(
      `${entries} entries, ${capacity} places: draw ${ms.toFixed(0)} ms (${result.confirmed} confirmed, ${result.waitlisted} waitlisted, ${notes} notifications)`,
    );
  }

  // Many small lotteries due at once (e.g. after downtime), drawn one after another as one worker runs their jobs.
  for (let i = 0; i < shiftCount; i++) await lottery(20, 5);
  const t0 = performance.now();
  const due = (await new LotteryService(orm.em.fork()).undrawn()).filter((s) => s.closesAt.getTime() <= Date.now());
  let drawn = 0;
  for (const { shiftId } of due) if (await new LotteryService(orm.em.fork()).runDraw(shiftId)) drawn++;
  const ms = performance.now() - t0;
  console.log(`due lotteries: ${drawn} of 20 entries drawn in ${ms.toFixed(0)} ms (${(ms / Math.max(drawn, 1)).toFixed(1)} ms each)`);
} finally {
  await close();
}
