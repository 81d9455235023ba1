// The thread that writes the pages of a build (see page-writer.mjs): batches of { file, data }
// in; the count written, the milliseconds it took and the first failure, if any, out.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (batch) => {
  const started = performance.now();
  try {
    for (const { file, data } of batch) {
      // Each page has a directory of its own (build.format 'directory').
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    parentPort.postMessage({ written: batch.length, ms: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ written: batch.length, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) });
  }
});
