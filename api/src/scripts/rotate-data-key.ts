// `npm run rotate-data-key`: moves every personal-data value to a new key. Run it with the new key
// as AIXIN_DATA_KEY and the old one as AIXIN_DATA_KEY_PREVIOUS (the API processes restarted with
// both first, so they read either key meanwhile). Each batch commits on its own: a run that
// crashes or is stopped (or `--batches N`, to spread the work over quiet hours) carries on where
// it was when run again. When nothing is left under the old key, the old key can be dropped.
import { parseArgs } from 'node:util';
import { openDatabase } from '../app.js';
import { loadConfig } from '../config.js';
import { DataKeyMismatchError, DataKeyService } from '../modules/data-key/data-key.service.js';

const { values } = parseArgs({
  options: { batch: { type: 'string', default: '500' }, batches: { type: 'string' } },
});
const batchSize = Number(values.batch);
const maxBatches = values.batches === undefined ? Infinity : Number(values.batches);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error('--batch must be 1..10000');
if (maxBatches !== Infinity && (!Number.isInteger(maxBatches) || maxBatches < 1)) throw new Error('--batches must be a positive whole number');

const config = loadConfig();
const log = (m: string) => console.log(m);
const tty = process.stdout.isTTY;

/** `[##########..........]  50%  1,234 / 2,468` — redrawn in place at a terminal, a line per batch otherwise. */
function progress(done: number, total: number): void {
  const share = total ? done / total : 1;
  const bar = '#'.repeat(Math.round(share * 20)).padEnd(20, '.');
  const line = `[${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`;
  if (tty) process.stdout.write(`\r${line}`);
  else log(line);
}

let database;
try {
  database = await openDatabase(config, log);
} catch (error) {
  if (!(error instanceof DataKeyMismatchError)) throw error;
  console.error(`Cannot rotate: ${error.message}`);
  process.exit(1);
}
const { orm, vault, close } = database;
try {
  if (!vault.previousFingerprint) {
    console.error('Set the new key as AIXIN_DATA_KEY and the key being replaced as AIXIN_DATA_KEY_PREVIOUS.');
    process.exitCode = 1;
  } else {
    const keys = new DataKeyService(orm.em.fork(), vault);
    await keys.beginRotation();
    const columns = await keys.encryptedColumns();
    const left = await Promise.all(columns.map((c) => keys.remaining(c)));
    const total = left.reduce((a, b) => a + b, 0);
    log(
      `Moving ${total.toLocaleString('en')} personal-data values to the key ${vault.fingerprint} (${columns.map((c) => `${c.table}.${c.column}`).join(', ')})`,
    );
    let done = 0;
    let batches = 0;
    progress(done, total);
    for (const column of columns) {
      while (batches < maxBatches) {
        const moved = await keys.rotateBatch(column, batchSize);
        if (!moved) break;
        done += moved;
        batches += 1;
        progress(done, total);
      }
    }
    if (tty) process.stdout.write('\n');
    const remaining = (await Promise.all(columns.map((c) => keys.remaining(c)))).reduce((a, b) => a + b, 0);
    if (remaining === 0) {
      await keys.finishRotation();
      log('Done: every value is sealed under the new key. AIXIN_DATA_KEY_PREVIOUS can be removed (restart the API processes without it).');
    } else {
      log(`Stopped after ${batches} batches; ${remaining.toLocaleString('en')} values are left. Run the command again to carry on.`);
    }
  }
} finally {
  await close();
}
