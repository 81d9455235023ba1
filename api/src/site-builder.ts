// Builds the static site against the API in a child process and publishes it for every process
// that serves the same directory: builds go to `<dir>/builds/`, and `<dir>/current` (a symbolic
// link) is switched to a finished build in one atomic rename, so each request is answered from
// one whole build, the previous one until the next is complete. Rebuilds are jobs on the queue
// (app.ts): however many processes ask, one builds at a time. With a bucket (site-bucket.ts),
// each build is then published there too, for a static host or CDN; a build counts as published
// only once the bucket has all of it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureDir } from './config.js';
import type { BucketPublication, SiteBucket } from './site-bucket.js';

export interface SitePublisherOptions {
  siteDir: string;
  /** Where builds are published; every process serving this directory serves the same build. */
  publishDir: string;
  /** The API the build reads (a function when it is known only once the server listens). */
  apiUrl: string | (() => string);
  publicUrl: string;
  log: (message: string) => void;
  /** Told when each build ends, and how long it took. */
  onBuilt?: (outcome: 'ok' | 'failed', seconds: number) => void;
  /** Where each build is published besides `publishDir` (an S3-compatible bucket). */
  bucket?: SiteBucket;
  /** Sent with the build's requests, so the API does not rate-limit them (AppConfig.buildToken). */
  buildToken?: string;
}

/** Where a build was published. */
export interface SitePublication {
  /** The build's directory (now `current`). */
  dir: string;
  bucket: BucketPublication | null;
  /** In a line, for the log and the staff's jobs page. */
  summary: string;
}

/** Builds older than the current one are removed this long after they stop being current (requests under way finish). */
const OLD_BUILD_GRACE_MS = 60_000;
/** How long a process keeps its reading of `current` before looking again. */
const ROOT_CHECK_MS = 500;

export class SitePublisher {
  private readonly abort = new AbortController();
  private running: Promise<SitePublication> | null = null;
  private checkedAt = 0;
  private resolved: string | null = null;

  constructor(private readonly options: SitePublisherOptions) {
    ensureDir(path.join(options.publishDir, 'builds'));
  }

  /** Names the published site: processes that publish to the same directory share one rebuild queue. */
  get key(): string {
    return createHash('sha256').update(path.resolve(this.options.publishDir)).digest('hex').slice(0, 12);
  }

  private get currentLink(): string {
    return path.join(this.options.publishDir, 'current');
  }

  /** The directory of the current build, or null until one is published. */
  root = (): string | null => {
    const now = Date.now();
    if (now - this.checkedAt < ROOT_CHECK_MS) return this.resolved;
    this.checkedAt = now;
    try {
      this.resolved = path.resolve(this.options.publishDir, readlinkSync(this.currentLink));
    } catch {
      this.resolved = null;
    }
    return this.resolved;
  };

  /** Builds and publishes; resolves once the new build is current (and in the bucket, with one). */
  build(): Promise<SitePublication> {
    this.running ??= this.runOnce().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops a build under way (its child process); resolves when it has ended. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private async runOnce(): Promise<SitePublication> {
    if (this.abort.signal.aborted) throw new Error('site publisher stopped');
    const builds = path.join(this.options.publishDir, 'builds');
    const name = `${Date.now()}-${process.pid}`;
    const out = path.join(builds, name);
    const started = Date.now();
    const { siteDir, publicUrl, buildToken } = this.options;
    const apiUrl = typeof this.options.apiUrl === 'function' ? this.options.apiUrl() : this.options.apiUrl;
    try {
      await runAstroBuild({ siteDir, apiUrl, publicUrl, buildToken, outDir: out, signal: this.abort.signal });
    } catch (error) {
      rmSync(out, { recursive: true, force: true });
      if (!this.abort.signal.aborted) this.options.onBuilt?.('failed', (Date.now() - started) / 1000);
      throw error;
    }
    // A relative link, so the directory can be moved or mounted elsewhere whole.
    const staged = path.join(this.options.publishDir, `.current-${name}`);
    symlinkSync(path.join('builds', name), staged);
    renameSync(staged, this.currentLink);
    this.checkedAt = 0;
    this.options.onBuilt?.('ok', (Date.now() - started) / 1000);
    this.removeOldBuilds(builds, name);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // The API serves the directory already; the bucket follows (a failure there fails the job, which is tried again).
    const bucket = this.options.bucket ? await this.publishToBucket(this.options.bucket, out) : null;
    const summary = [
      `Site built in ${seconds} s, published to ${out}`,
      ...(bucket ? [`and ${bucket.location} (${bucket.uploaded} uploaded, ${bucket.unchanged} unchanged, ${bucket.deleted} deleted)`] : []),
    ].join(' ');
    this.options.log(summary);
    return { dir: out, bucket, summary };
  }

  private async publishToBucket(bucket: SiteBucket, dir: string): Promise<BucketPublication> {
    try {
      return await bucket.publish(dir);
    } catch (error) {
      this.options.log(`Site build served from ${dir}; the bucket ${bucket.location} does not have it yet`);
      throw error;
    }
  }

  /** Removes builds that stopped being current more than a grace period ago (their mtime is when they finished). */
  private removeOldBuilds(builds: string, current: string): void {
    const entries = readdirSync(builds).filter((e) => e !== current);
    // The newest of the others was current until now: it goes after the grace period.
    const previous = entries.sort().at(-1);
    for (const entry of entries) {
      const dir = path.join(builds, entry);
      if (entry === previous) {
        setTimeout(() => {
          if (this.root() !== dir) rmSync(dir, { recursive: true, force: true });
        }, OLD_BUILD_GRACE_MS).unref();
      } else if (existsSync(dir) && Date.now() - statSync(dir).mtimeMs > OLD_BUILD_GRACE_MS) {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

export interface AstroBuildOptions {
  siteDir: string;
  outDir: string;
  apiUrl: string;
  publicUrl: string;
  /** Sent with the build's requests (X-Aixin-Build-Token), so the API does not rate-limit them. */
  buildToken?: string;
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
        ...(options.buildToken ? { AIXIN_BUILD_TOKEN: options.buildToken } : {}),
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
