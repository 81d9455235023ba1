// Builds the static site against the running API in a child process and swaps the result
// in when it succeeds, so the previous build is served until then. Rebuilds are debounced.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureDir } from './config.js';

export interface SiteBuilderOptions {
  siteDir: string;
  /** Where this process keeps its builds (one process's builds never collide with another's). */
  outRoot: string;
  apiUrl: string;
  publicUrl: string;
  log: (message: string) => void;
  debounceMs?: number;
  /** Told when each build ends, and how long it took. */
  onBuilt?: (outcome: 'ok' | 'failed', seconds: number) => void;
}

export class SiteBuilder {
  private current: string | null = null;
  private running: Promise<void> | null = null;
  private pending = false;
  private timer: NodeJS.Timeout | null = null;
  private counter = 0;
  private readonly abort = new AbortController();

  constructor(private readonly options: SiteBuilderOptions) {
    ensureDir(options.outRoot);
    // Builds left by an earlier run of this process slot are stale.
    for (const entry of readdirSync(options.outRoot)) rmSync(path.join(options.outRoot, entry), { recursive: true, force: true });
  }

  /** The directory to serve, or null until the first build has finished. */
  root = (): string | null => this.current;

  /** Builds now; resolves when this build (or the one it was folded into) is done. */
  build(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = this.runOnce().finally(() => {
      this.running = null;
      if (this.pending) {
        this.pending = false;
        void this.build();
      }
    });
    return this.running;
  }

  /** Asks for a rebuild after content changed; bursts of changes cost one build. */
  requestRebuild(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.build().catch((error) => this.options.log(`site rebuild failed: ${String(error)}`));
    }, this.options.debounceMs ?? 2000);
  }

  /** Stops a build under way (its child process) and any rebuild asked for; resolves when it has ended. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = false;
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private async runOnce(): Promise<void> {
    if (this.abort.signal.aborted) return;
    const out = path.join(this.options.outRoot, `build-${Date.now()}-${++this.counter}`);
    const started = Date.now();
    const { siteDir, apiUrl, publicUrl } = this.options;
    try {
      await runAstroBuild({ siteDir, apiUrl, publicUrl, outDir: out, signal: this.abort.signal });
    } catch (error) {
      if (!this.abort.signal.aborted) this.options.onBuilt?.('failed', (Date.now() - started) / 1000);
      throw error;
    }
    this.options.onBuilt?.('ok', (Date.now() - started) / 1000);
    const previous = this.current;
    this.current = out;
    if (previous && existsSync(previous)) {
      // Let requests that already opened files from the old build finish.
      setTimeout(() => rmSync(previous, { recursive: true, force: true }), 30_000).unref();
    }
    this.options.log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

export interface AstroBuildOptions {
  siteDir: string;
  outDir: string;
  apiUrl: string;
  publicUrl: string;
  /** More environment for the build (e.g. AIXIN_BUILD_TIMINGS=1). */
  env?: Record<string, string>;
  /** Each line the build prints, as it prints it. */
  onLine?: (line: string) => void;
  /** Node flags for the build process (e.g. --cpu-prof for bench/site-build.mjs --profile). */
  nodeArgs?: string[];
  /** Ends the build (its child process) when aborted; the promise then rejects. */
  signal?: AbortSignal;
}

/**
 * A large young generation: rendering tens of thousands of pages allocates many short-lived
 * strings, and with V8's default semi-space the build spends a fifth of its time collecting.
 */
const BUILD_NODE_ARGS = ['--max-semi-space-size=64'];

/**
 * Runs `astro build` in a child process. The site's config also writes the search index into
 * the output and moves a staged build to outDir (site/astro.config.mjs), so a build that
 * resolves is complete and searchable.
 */
export function runAstroBuild(options: AstroBuildOptions): Promise<void> {
  const require = createRequire(path.join(options.siteDir, 'package.json'));
  const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'astro.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...BUILD_NODE_ARGS, ...(options.nodeArgs ?? []), astroBin, 'build', '--silent'], {
      cwd: options.siteDir,
      env: {
        ...process.env,
        // Whatever mode the API runs in (development, test), the site is built for production:
        // otherwise Vite compiles the islands' JSX in dev mode, with source paths and line
        // numbers in the shipped JavaScript.
        NODE_ENV: 'production',
        ...options.env,
        AIXIN_API_URL: options.apiUrl,
        AIXIN_SITE_TYPES_ONLY: '',
        AIXIN_SITE_OUT: options.outDir,
        AIXIN_PUBLIC_URL: options.publicUrl,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let output = '';
    let partial = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
      if (!options.onLine) return;
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    // An abort is reported here too (AbortError); 'close' follows once the child has exited.
    child.on('error', (error) => {
      if (error.name !== 'AbortError') reject(error);
    });
    child.on('close', (code) => {
      if (partial) options.onLine?.(partial);
      if (code === 0) resolve();
      else reject(new Error(`astro build exited with ${code}:\n${output}`));
    });
  });
}
