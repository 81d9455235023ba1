// The site builds from the API through its content loaders: a page per public project with
// the data the API holds, figures on the home page, and no JavaScript on reading pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { runAstroBuild } from '../../api/src/site-builder.js';
import { testOrm, testServer } from '../helpers/api.js';
import { repoRoot } from '../helpers/product.js';

let orm: MikroORM;
let server: Awaited<ReturnType<typeof testServer>>;
const outDir = mkdtempSync(path.join(os.tmpdir(), 'aixin-site-'));
let buildSeconds = 0;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

beforeAll(async () => {
  orm = await testOrm();
  server = await testServer(orm);
  const started = Date.now();
  await runAstroBuild({ siteDir: path.join(repoRoot, 'site'), outDir, apiUrl: `${server.url}/graphql`, publicUrl: 'https://aixin.example' });
  buildSeconds = (Date.now() - started) / 1000;
  console.log(`site build: ${buildSeconds.toFixed(1)} s`);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('site build', () => {
  it('has a page for every public project, showing its title, organisation and shifts', async () => {
    const all: any[] = [];
    let after: string | null = null;
    do {
      const res: any = await server.gql(
        `query($after: String) { projects(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id title organization { name } shifts { capacity } } } }`,
        { after },
      );
      all.push(...res.data.projects.nodes);
      after = res.data.projects.pageInfo.hasNextPage ? res.data.projects.pageInfo.endCursor : null;
    } while (after);
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const p of all) {
      const file = path.join(outDir, 'projects', p.id, 'index.html');
      expect(existsSync(file), `page of ${p.id} ${p.title}`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(escapeHtml(p.title));
      expect(html).toContain(escapeHtml(p.organization.name));
      expect(html).toContain('lang="zh-CN"');
      for (const s of p.shifts) expect(html).toContain(String(s.capacity));
    }
    const [{ id: draftId }] = await orm.em.fork().getConnection().execute(`select id from project where status = 'DRAFT' limit 1`);
    expect(existsSync(path.join(outDir, 'projects', draftId))).toBe(false);
  });

  it('shows the platform figures and upcoming activities on the home page', async () => {
    const res = await server.gql(`{ stats { volunteerCount organizationCount projectCount } projects(first: 3, filter: { startsAfter: "${new Date().toISOString()}" }) { nodes { id title } } }`);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const text = home.replace(/<[^>]+>/g, ' ').replace(/[,，\s]+/g, ' ');
    for (const figure of [res.data.stats.volunteerCount, res.data.stats.organizationCount, res.data.stats.projectCount]) {
      expect(text).toContain(` ${figure} `);
    }
    for (const p of res.data.projects.nodes) expect(home).toContain(`/projects/${p.id}/`);
  });

  it('ships no JavaScript on reading pages; project pages carry only the places island', () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(outDir, file);
      if (/^projects[\\/][^\\/]+[\\/]index\.html$/.test(rel) && !rel.startsWith('projects/index')) {
        expect(html, rel).toMatch(/<astro-island[^>]*ShiftPlaces/);
        expect(html.match(/<astro-island/g)!.length, rel).toBe(1);
      } else {
        expect(html, rel).not.toMatch(/<script/i);
      }
    }
  });
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
