// wrk (Debian package `wrk`): a small C load generator, so the load does not take the CPU the
// servers under test need. `runWrk` runs a Lua script that defines request() (and whatever it
// needs), adds the counting of failed answers (not 200, or GraphQL `errors`) and the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const hasWrk = () => !spawnSync('wrk', ['--version']).error;

const REPORT = `
local wrk_threads = {}
function setup(thread)
  if thread_setup then thread_setup(thread) end
  table.insert(wrk_threads, thread)
end
failures = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failures = failures + 1 end
end
function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(wrk_threads) do failed = failed + t:get("failures") end
  io.write(string.format("WRK %d %d %.3f %.3f %.3f\\n", summary.requests, failed, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`;

/**
 * `connections` connections for `seconds` against `endpoint`, driven by `lua` (which defines
 * request(), and thread_setup(thread) if it needs one); answers per second that succeeded,
 * p50/p99 latency (ms) and the number that failed.
 */
export function runWrk({ endpoint, lua, connections, seconds }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aixin-wrk-'));
  try {
    const script = path.join(dir, 'load.lua');
    writeFileSync(script, lua + REPORT);
    const out = spawnSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '-s', script, endpoint], { encoding: 'utf8' });
    const m = /WRK (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(out.stdout);
    if (!m) throw new Error(`wrk failed:\n${out.stdout}\n${out.stderr}`);
    const [requests, failed, elapsed, p50, p99] = m.slice(1).map(Number);
    return { rate: (requests - failed) / elapsed, p50, p99, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
