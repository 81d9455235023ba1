#!/usr/bin/env node
// Importing earlier service records through the API over HTTP, as the import page does: rows in
// batches of 500 (previewHourImport, then importHourRecords, then the same file again, which
// records nothing). Volunteers are found by number, mobile number (blind index) or name check,
// as in a real file. Creates a scratch database on DATABASE_URL's server (or 127.0.0.1:5432) and
// drops it after. Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/import.mjs [--rows 10000] [--volunteers 2000] [--batch 500]
import { randomBytes } from 'node:crypto';
import { newId } from '../api/dist/src/common/ids.js';
import { hashToken } from '../api/dist/src/modules/identity/identity.service.js';
import { startServer } from '../api/dist/src/server.js';
import { openScratch } from './lib/scratch.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const rowsWanted = arg('--rows', 10_000);
const volunteerCount = arg('--volunteers', 2_000);
const batch = arg('--batch', 500);

const { orm, vault, close } = await openScratch();
const conn = orm.em.getConnection();
try {
  // An approved team, its coordinator (signed in) and its volunteers with sealed names and phones.
  const orgId = newId('org');
  await conn.execute(`insert into organization (id, slug, name, status, district) values (?, 'bench', '基准测试队', 'APPROVED', '基准区')`, [orgId]);
  const people = [];
  const SURNAMES = '王李张刘陈杨黄赵吴周';
  for (let i = 0; i < volunteerCount; i++) {
    const phone = `193${String(i).padStart(8, '0')}`;
    const name = `${SURNAMES[i % 10]}志愿${String.fromCharCode(0x4e00 + (i % 500))}`;
    people.push({ id: newId('vol'), number: `AX${String(i + 1).padStart(10, '0')}`, phone, name });
  }
  for (let i = 0; i < people.length; i += 500) {
    const slice = people.slice(i, i + 500);
    await conn.execute(
      `insert into volunteer (id, volunteer_number, display_name, real_name_enc, phone_enc, phone_index)
       select id, number, '志*者', decode(name_enc, 'base64'), decode(phone_enc, 'base64'), decode(phone_index, 'base64')
         from jsonb_to_recordset(?::jsonb) as x(id text, number text, name_enc text, phone_enc text, phone_index text)`,
      [
        JSON.stringify(
          slice.map((p) => ({
            id: p.id,
            number: p.number,
            name_enc: vault.encrypt(p.name).toString('base64'),
            phone_enc: vault.encrypt(p.phone).toString('base64'),
            phone_index: vault.blindIndex('phone', p.phone).toString('base64'),
          })),
        ),
      ],
    );
  }
  const coordinatorId = newId('vol');
  const token = `axs_${randomBytes(32).toString('base64url')}`;
  await conn.execute(`insert into volunteer (id, volunteer_number, display_name) values (?, 'AX9000000000', '协*员')`, [coordinatorId]);
  await conn.execute(`insert into membership (id, organization_id, volunteer_id, role) values (?, ?, ?, 'COORDINATOR')`, [newId('mem'), orgId, coordinatorId]);
  await conn.execute(`insert into session (id, volunteer_id, token_hash, expires_at) values (?, ?, ?, now() + interval '1 day')`, [
    newId('ses'),
    coordinatorId,
    hashToken(token),
  ]);

  // A spreadsheet's rows: a year of monthly records per volunteer, found by number or by mobile,
  // half of them with the name written down too.
  const rows = Array.from({ length: rowsWanted }, (_, i) => {
    const p = people[i % people.length];
    const month = Math.floor(i / people.length) % 12;
    const day = 1 + (Math.floor(i / (people.length * 12)) % 28);
    return {
      ...(i % 2 ? { phone: p.phone } : { volunteerNumber: p.number }),
      name: i % 4 < 2 ? p.name : null,
      serviceDate: `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      activity: ['社区敬老', '交通文明劝导', '海滩清洁', '图书整理'][i % 4],
      minutes: 60 + (i % 4) * 30,
      place: '基准区',
    };
  });

  const server = await startServer({ orm, vault, development: false }, 0, '127.0.0.1');
  const post = async (query, input) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Object.values(body.data)[0];
  };
  const FIELDS = `{ recorded alreadyImported refused ready rows { row status } }`;
  const run = async (query) => {
    const totals = { recorded: 0, alreadyImported: 0, refused: 0, ready: 0 };
    const started = performance.now();
    for (let start = 0; start < rows.length; start += batch) {
      const r = await post(query, { organizationId: orgId, source: 'bench.xlsx', rows: rows.slice(start, start + batch), firstRow: start + 2 });
      for (const k of Object.keys(totals)) totals[k] += r[k];
    }
    const seconds = (performance.now() - started) / 1000;
    return { ...totals, seconds, rate: rows.length / seconds };
  };

  const line = (what, r) =>
    console.log(
      `${what.padEnd(10)} ${rows.length} rows in ${r.seconds.toFixed(2)} s = ${Math.round(r.rate)} rows/s  (ready ${r.ready}, recorded ${r.recorded}, already imported ${r.alreadyImported}, refused ${r.refused})`,
    );
  console.log(`${rowsWanted} rows for ${volunteerCount} volunteers, batches of ${batch}, one process, ${new Date().toISOString()}`);
  line('preview', await run(`query($input: HourImportInput!) { previewHourImport(input: $input) ${FIELDS} }`));
  line('import', await run(`mutation($input: HourImportInput!) { importHourRecords(input: $input) ${FIELDS} }`));
  line('re-import', await run(`mutation($input: HourImportInput!) { importHourRecords(input: $input) ${FIELDS} }`));
  const [check] = await conn.execute(
    `select count(*)::int as entries, (select count(*)::int from volunteer v where v.total_minutes <> (select coalesce(sum(minutes), 0) from hour_entry e where e.volunteer_id = v.id)) as drifted from hour_entry`,
  );
  console.log(`entries ${check.entries}; volunteers whose total differs from their entries: ${check.drifted}`);
  await server.close();
} finally {
  await close();
}
