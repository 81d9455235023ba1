// Test helpers: an ORM on the run's database, an in-process server, and a GraphQL client over real HTTP.
import 'reflect-metadata';
import { expect, inject } from 'vitest';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { openOrm } from '../../api/src/db/orm.js';
import { startServer, type RunningServer, type ServerOptions } from '../../api/src/server.js';
import { databaseUrl } from './database.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export function testOrm(overrides: Partial<Options> = {}): Promise<MikroORM> {
  return openOrm(databaseUrl(), overrides);
}

export type BoundGql = <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;

/** The API on this test file's database; `options`: more of the server's options (a job queue, listeners). */
export async function testServer(orm: MikroORM, options: Partial<ServerOptions> = {}): Promise<RunningServer & { gql: BoundGql }> {
  const vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
  const server = await startServer({ orm, vault, development: false, ...options }, 0, '127.0.0.1');
  const bound: BoundGql = (query, variables, headers) => gql(`${server.url}/graphql`, query, variables, headers);
  return Object.assign(server, { gql: bound });
}

export async function gql<T = any>(
  endpoint: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** The first error's code, for terse assertions. */
export function errorCode(res: GraphQLResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** Refused before it ran: HTTP 403, FORBIDDEN with this reason (and the scope that would allow it), no data. */
export function expectForbidden(
  res: GraphQLResponse,
  reason: 'KEY_SCOPE_MISSING' | 'PEOPLE_ONLY' | 'APP_SCOPE_MISSING' | 'NOT_FOR_APPS',
  scope?: string,
): void {
  expect(res.status, JSON.stringify(res.errors)).toBe(403);
  expect(errorCode(res)).toBe('FORBIDDEN');
  expect(res.errors![0].extensions!.reason).toBe(reason);
  if (scope) expect(res.errors![0].extensions!.requiredScope).toBe(scope);
  expect(res.data ?? null).toBeNull();
}
