// Build-time GraphQL over fetch for the content loaders. Fails loudly: a site built from a
// missing or erroring API must not be published.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';
const TIMEOUT_MS = 30_000;

export function apiUrl(): string {
  return process.env.AIXIN_API_URL || DEFAULT_API_URL;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export class ApiFetchError extends Error {
  override name = 'ApiFetchError';
}

/** Runs one operation against the API (POST JSON, as Apollo's CSRF guard requires) and returns its data. */
export async function fetchGraphQL<TData, TVariables extends Record<string, unknown>>(
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  url: string = apiUrl(),
): Promise<TData> {
  // The document is a String object holding the query (codegen's TypedDocumentString).
  const query = (document as unknown as string).toString();
  const operation = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'an anonymous operation';
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // The API does not rate-limit the build that carries its token (api/src/common/rate-limits.ts).
        ...(process.env.AIXIN_BUILD_TOKEN ? { 'x-aixin-build-token': process.env.AIXIN_BUILD_TOKEN } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new ApiFetchError(
      `Cannot reach the Aixin API at ${url} for ${operation} (${cause}). ` + 'Start the API first, or set AIXIN_API_URL to its GraphQL endpoint.',
    );
  }

  let body: GraphQLResponse<TData>;
  const text = await response.text();
  try {
    body = JSON.parse(text) as GraphQLResponse<TData>;
  } catch {
    throw new ApiFetchError(`The Aixin API at ${url} answered ${operation} with HTTP ${response.status} and no JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) {
    const messages = body.errors
      .map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}${e.path ? ` at ${e.path.join('.')}` : ''}`)
      .join('; ');
    throw new ApiFetchError(`The Aixin API at ${url} answered ${operation} with errors: ${messages}`);
  }
  if (!response.ok || !body.data) {
    throw new ApiFetchError(`The Aixin API at ${url} answered ${operation} with HTTP ${response.status} and no data`);
  }
  return body.data;
}

interface Connection<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export const PAGE_SIZE = 100;

/** Every node of the connection a query answers (`connection` picks it), asked for a page at a time. */
export function allNodes<D, V extends { first: number; after?: string | null }, N>(
  what: string,
  document: DocumentTypeDecoration<D, V>,
  connection: (data: D) => Connection<N>,
  variables: Omit<V, 'first' | 'after'>,
): Promise<N[]> {
  return fetchAllNodes(what, async (page) => connection(await fetchGraphQL(document, { ...variables, ...page } as V)));
}

/**
 * All nodes of a connection, `PAGE_SIZE` at a time, following `endCursor` until `hasNextPage`
 * is false. `fetchPage` runs one request for one page.
 */
export async function fetchAllNodes<TNode>(
  what: string,
  fetchPage: (page: { first: number; after: string | null }) => Promise<Connection<TNode>>,
): Promise<TNode[]> {
  const all: TNode[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  const started = performance.now();
  for (let requests = 1; ; requests++) {
    const connection: Connection<TNode> = await fetchPage({ first: PAGE_SIZE, after });
    all.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) {
      logTiming(`fetch ${what}: ${all.length} nodes in ${requests} requests, ${((performance.now() - started) / 1000).toFixed(2)} s`);
      return all;
    }
    const next = connection.pageInfo.endCursor;
    if (!next || seen.has(next)) {
      throw new ApiFetchError(`Paging through ${what} stopped: hasNextPage is true but the end cursor ${next ? 'repeats' : 'is missing'}`);
    }
    seen.add(next);
    after = next;
  }
}

/** With AIXIN_BUILD_TIMINGS=1 the loaders report how long each collection took to fetch. */
export function logTiming(message: string): void {
  if (process.env.AIXIN_BUILD_TIMINGS === '1') console.log(`[timing] ${message}`);
}
