#!/usr/bin/env node
// Messages to volunteers by email: how many a delivery run sends per second to a local SMTP
// server (smtp-server, accepting everything), from a scratch database holding `--messages`
// waiting outbox messages (waitlist promotions) to volunteers with email addresses, and the
// same with two deliverers working at once (two processes' runs: each message still goes once).
// Run after `npx turbo run build --filter=@aixin/api`:
//   node bench/message-delivery.mjs [--messages 2000]
import { SMTPServer } from 'smtp-server';
import { Mailer } from '../api/dist/src/common/mailer.js';
import { OutboxDelivery } from '../api/dist/src/modules/outbox/outbox-delivery.js';
import { EmailChannel } from '../api/dist/src/modules/outbox/email-channel.js';
import { benchProject, openScratch } from './lib/scratch.mjs';

const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(argValue('--messages', '2000'));

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const mailer = new Mailer({ smtpUrl: `smtp://127.0.0.1:${smtp.server.address().port}`, from: 'Aixin 爱心 <no-reply@aixin.test>' });

const { orm, vault, close } = await openScratch({ allowGlobalContext: true });
const conn = orm.em.getConnection();
try {
  await benchProject(conn, '消息发送基准');
  await conn.execute(
    `insert into shift (id, project_id, starts_at, ends_at, capacity) values ('sft_bench', 'prj_bench', now() + interval '2 days', now() + interval '2 days 3 hours', ${2 * count})`,
  );
  await conn.execute(
    `insert into volunteer (id, volunteer_number, display_name, email)
     select 'vol_m' || n, 'MX' || lpad(n::text, 10, '0'), '基*者', 'v' || n || '@volunteers.test' from generate_series(1, ${2 * count}) n`,
  );
  await conn.execute(
    `insert into signup (id, shift_id, volunteer_id, status) select 'sgn_m' || n, 'sft_bench', 'vol_m' || n, 'CONFIRMED' from generate_series(1, ${2 * count}) n`,
  );

  /** `n` waiting messages, from volunteer `from` on. */
  const enqueue = (from, n) =>
    conn.execute(
      `insert into outbox (topic, recipient_id, payload)
       select 'signup.promoted', 'vol_m' || k, jsonb_build_object('signupId', 'sgn_m' || k, 'shiftId', 'sft_bench', 'projectId', 'prj_bench')
         from generate_series(${from}, ${from + n - 1}) k`,
    );
  const deliverer = () => new OutboxDelivery({ em: orm.em, channels: [new EmailChannel({ mailer, vault, publicUrl: 'https://volunteer.example' })] });
  const drain = async (d) => {
    for (;;) if (!(await d.deliverPending()).more) return;
  };
  await conn.execute('analyze');

  for (const [label, workers, from] of [
    ['one deliverer', 1, 1],
    ['two deliverers at once', 2, count + 1],
  ]) {
    await enqueue(from, count);
    const before = received;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: workers }, () => drain(deliverer())));
    const seconds = (performance.now() - t0) / 1000;
    const sent = received - before;
    const [{ n: status }] = await conn.execute(`select count(*)::int as n from outbox_delivery where status = 'SENT'`);
    console.log(`${label}: ${sent} emails in ${seconds.toFixed(2)} s = ${(sent / seconds).toFixed(0)} messages/s (${status} marked SENT so far)`);
    if (sent !== count) throw new Error(`expected ${count} emails, the SMTP server received ${sent}`);
  }
} finally {
  mailer.close();
  await close();
  await new Promise((resolve) => smtp.close(resolve));
}
