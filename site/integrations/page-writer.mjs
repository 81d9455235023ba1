// Astro writes each generated page with fs.promises.mkdir and fs.promises.writeFile on the
// thread that renders. Creating a directory and a file costs about 0.3 ms each on the disks
// this runs on (a few µs in memory), so with tens of thousands of pages a third of the
// rendering time went to the file system, on the one thread that does the rendering. While
// pages are generated (from the end of the server bundle to `astro:build:generated`), HTML
// pages for the build's output directory go to a worker thread instead, which makes their
// directories and files on the other core while the next pages render; anything else (the
// islands' bundles, feeds, the content cache) is written as before. Before the build goes on,
// every page is on disk, and a failed write fails the build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Pages handed over but not yet written, beyond which the renderer waits for the writer. */
const MAX_PENDING = 4096;
/**
 * Pages per message. Rendering runs as promise jobs that can go on for hundreds of pages before
 * the event loop turns, so a batch is sent when full, not only on the next turn.
 */
const BATCH = 8;

const toPath = (p) => (p instanceof URL ? fileURLToPath(p) : String(p));

/**
 * `report` receives the figures once the pages are written: how many, how long the writer was
 * busy and how long the renderer waited for it.
 * @param {{ report?: (figures: { pages: number, writingMs: number, waitedMs: number }) => void }} [options]
 * @returns {import('astro').AstroIntegration}
 */
export function pageWriter({ report } = {}) {
  const { mkdir, writeFile } = fs.promises;
  let root = null;
  let worker = null;
  let batch = [];
  let pending = 0;
  let failure = null;
  let waiters = [];
  const figures = { pages: 0, writingMs: 0, waitedMs: 0 };
  // Since when the renderer has been waiting for the writer (wall time, however many pages wait).
  let waitingSince = null;
  const wake = () => {
    if (waitingSince !== null) figures.waitedMs += performance.now() - waitingSince;
    waitingSince = null;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  const waitForWriter = async (until) => {
    while (!until() && !failure) {
      waitingSince ??= performance.now();
      await new Promise((resolve) => waiters.push(resolve));
    }
  };
  const inside = (p) => root !== null && p.startsWith(root);
  const flush = () => {
    if (batch.length === 0) return;
    worker.postMessage(batch);
    batch = [];
  };

  return {
    name: 'aixin:page-writer',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.outDir);
        if (!root.endsWith(path.sep)) root += path.sep;
      },
      'astro:build:ssr': () => {
        worker = new Worker(new URL('./page-writer-worker.mjs', import.meta.url));
        // A build that fails while rendering exits without waiting for it.
        worker.unref();
        worker.on('message', ({ written, ms, error }) => {
          pending -= written;
          figures.pages += written;
          figures.writingMs += ms;
          if (error && !failure) failure = new Error(`Writing the site's pages failed: ${error}`);
          if (pending < MAX_PENDING) wake();
        });
        worker.on('error', (error) => {
          failure ??= error;
          wake();
        });
        // Astro makes a file's directory just before writing the file; for files in the output,
        // that is done with the write: by the writer for pages, here for the rest.
        fs.promises.mkdir = async (dir, options) => (inside(toPath(dir)) ? undefined : mkdir(dir, options));
        fs.promises.writeFile = async (file, data, options) => {
          const target = toPath(file);
          if (!inside(target)) return writeFile(file, data, options);
          if (!target.endsWith('.html') || !ArrayBuffer.isView(data)) {
            await mkdir(path.dirname(target), { recursive: true });
            return writeFile(file, data, options);
          }
          if (failure) throw failure;
          batch.push({ file: target, data });
          pending++;
          if (batch.length >= BATCH) flush();
          else if (batch.length === 1) setImmediate(flush);
          if (pending >= MAX_PENDING) await waitForWriter(() => pending < MAX_PENDING);
        };
      },
      'astro:build:generated': async () => {
        fs.promises.mkdir = mkdir;
        fs.promises.writeFile = writeFile;
        if (!worker) return;
        worker.ref();
        flush();
        await waitForWriter(() => pending === 0);
        await worker.terminate();
        worker = null;
        if (failure) throw failure;
        report?.(figures);
      },
    },
  };
}
