// Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time by package (or by the
// project's own file, or by Node's internals) and the costliest functions, as percentages of the
// samples. Used by the benchmarks' --profile options; also runs on its own:
//   node bench/lib/cpu-profile.mjs FILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Who a frame belongs to: an npm package, a file of the project, Node itself, or V8's own work. */
function owner(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const own = /\/(api|site)\/(?:dist\/)?(src\/.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

/** The monotonic clock V8's profiles use (µs), the same in every process of the machine. */
export const profileClock = () => Number(process.hrtime.bigint() / 1000n);

/** `windows`: [from, to] pairs of profileClock() readings; only samples taken in them count (all when left out). */
export function summarizeProfile(file, { top = 15, windows = null } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (windows && !windows.some(([from, to]) => at >= from && at <= to)) return;
    total++;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const idle = [...counts].filter(([id]) => byId.get(id).callFrame.functionName === '(idle)').reduce((n, [, c]) => n + c, 0);
  const busy = total - idle;
  const owners = new Map();
  const functions = new Map();
  for (const [id, count] of counts) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') continue;
    const who = owner(url, functionName);
    owners.set(who, (owners.get(who) ?? 0) + count);
    const fn = `${functionName || '(anonymous)'} ${who}:${lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + count);
  }
  const pct = (n) => `${((100 * n) / busy).toFixed(1).padStart(5)} %`;
  const span = windows ? windows.reduce((n, [from, to]) => n + to - from, 0) : profile.endTime - profile.startTime;
  const lines = [`busy ${((100 * busy) / total).toFixed(0)} % of ${(span / 1e6).toFixed(1)} s; self time of the busy samples:`];
  lines.push('  by owner:');
  for (const [who, n] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${pct(n)}  ${who}`);
  lines.push('  by function:');
  for (const [fn, n] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${pct(n)}  ${fn}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const top = process.argv.includes('--top') ? Number(process.argv[process.argv.indexOf('--top') + 1]) : 15;
  console.log(summarizeProfile(process.argv[2], { top }));
}
