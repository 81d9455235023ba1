// The collections that grow with the platform (news, activities, role models), kept out of Astro's
// content layer: the content layer writes its whole store into the server bundle as one JavaScript
// module, which Rollup then parses and tree-shakes (about 10 s of a build at 10,000 articles).
// During `astro build` the site's config fetches them while Vite bundles (astro.config.mjs, from
// `astro:config:setup` to `astro:build:ssr`) and writes them to one JSON file of the build's
// cache (src/build-paths.ts: bulkData, given to the pages' bundle as
// import.meta.env.AIXIN_BULK_DATA); pages read that file when they render. Under `astro dev`
// pages fetch them from the API themselves. Each node is checked against the zod schema codegen
// makes of its query (src/gql/zod.ts), as the content collections' are.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { NewsPagesQuerySchema, ProjectPagesQuerySchema, RoleModelPagesQuerySchema } from '../gql/zod';
import { allNodes, ApiFetchError } from '../lib/graphql-fetch';
import { once } from '../lib/once';
import { indexForSearch, newsRecord, projectRecord, roleModelRecord } from '../search/records';
import { NewsPages, ProjectPages, RoleModelPages } from './build-queries';

/** The schema of one node of a connection's schema. */
export const nodeSchema = <N extends z.ZodTypeAny>(connection: { shape: { nodes: z.ZodArray<N> } }): N => connection.shape.nodes.element;

const schemas = {
  news: nodeSchema(NewsPagesQuerySchema.shape.news),
  projects: nodeSchema(ProjectPagesQuerySchema.shape.projects),
  roleModels: nodeSchema(RoleModelPagesQuerySchema.shape.roleModels),
};

export interface BulkData {
  news: z.output<typeof schemas.news>[];
  projects: z.output<typeof schemas.projects>[];
  roleModels: z.output<typeof schemas.roleModels>[];
}

/** Every node checked against its schema; the build fails on the first that does not fit, naming it. */
function checked<S extends z.ZodTypeAny>(collection: string, schema: S, nodes: { id: string }[]): z.output<S>[] {
  return nodes.map((node, i) => {
    const result = schema.safeParse(node);
    if (result.success) return result.data as z.output<S>;
    const issue = result.error.issues[0];
    throw new ApiFetchError(`${collection} entry ${node.id || `#${i + 1}`} does not fit the site: ${issue.path.join('.')}: ${issue.message}`);
  });
}

/** Fetches the bulk collections from the API, checks them and hands their records to the search index of the build. */
export async function fetchBulk(): Promise<BulkData> {
  const [news, projects, roleModels] = await Promise.all([
    allNodes('news', NewsPages, (data) => data.news, {}),
    allNodes('projects', ProjectPages, (data) => data.projects, {}),
    allNodes('roleModels', RoleModelPages, (data) => data.roleModels, {}),
  ]);
  const data: BulkData = {
    news: checked('news', schemas.news, news),
    projects: checked('projects', schemas.projects, projects),
    roleModels: checked('roleModels', schemas.roleModels, roleModels),
  };
  indexForSearch([...data.news.map(newsRecord), ...data.projects.map(projectRecord), ...data.roleModels.map(roleModelRecord)]);
  return data;
}

/** Fetches the bulk collections and writes them where the build's pages read them. */
export async function fetchBulkForBuild(file: string): Promise<void> {
  const data = await fetchBulk();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(data));
}

/** The bulk collections, read once per build (or fetched once per `astro dev` process). */
export const readBulk = once(async (): Promise<BulkData> => {
  if (import.meta.env.DEV) return fetchBulk();
  // The pages' bundle no longer sits in src/, so the config tells it the file's path.
  return JSON.parse(await readFile(import.meta.env.AIXIN_BULK_DATA, 'utf8')) as BulkData;
});
