// The islands' way to the API: one @urql/core client per page, posting to /graphql on the
// site's own origin, so the httpOnly session cookie goes along and Apollo's CSRF prevention is
// satisfied (a JSON POST is never a "simple" request). No cache: islands want live figures.
// Failures come back as values, never thrown, split into "the API could not be reached" and
// the API's own errors.
import { Client, fetchExchange, type AnyVariables, type OperationResult } from '@urql/core';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface ApiError {
  message: string;
  /** The contract's `extensions.code`, e.g. BAD_USER_INPUT, CONFLICT, RATE_LIMITED. */
  code: string;
  /** The input field a BAD_USER_INPUT or CONFLICT is about, e.g. `idNumber`. */
  field?: string;
  /** Seconds until a RATE_LIMITED lock ends. */
  retryAfter?: number;
  /** Why, in machine terms (api/src/common/error-reasons.ts): e.g. REGISTRATION_NOT_OPEN, PHONE_TAKEN. */
  reason?: string;
  /** Every extension the API sent, for the details a sentence needs (a limit, a time). */
  details: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; network: true } | { ok: false; network: false; errors: ApiError[] };
export type ApiFailure = Exclude<ApiResult<unknown>, { ok: true }>;

const TIMEOUT_MS = 15_000;
const clients = new Map<string, Client>();

function clientFor(url: string): Client {
  let client = clients.get(url);
  if (!client) {
    client = new Client({
      url,
      exchanges: [fetchExchange],
      preferGetMethod: false,
      requestPolicy: 'network-only',
      fetchOptions: () => ({ credentials: 'same-origin', signal: AbortSignal.timeout(TIMEOUT_MS) }),
    });
    clients.set(url, client);
  }
  return client;
}

function toResult<TData>(result: OperationResult<TData, AnyVariables>): ApiResult<TData> {
  const error = result.error;
  if (error?.graphQLErrors.length) {
    const errors = error.graphQLErrors.map(({ message, extensions: x = {} }) => ({
      message,
      code: typeof x.code === 'string' ? x.code : 'INTERNAL_SERVER_ERROR',
      field: typeof x.field === 'string' ? x.field : undefined,
      retryAfter: typeof x.retryAfter === 'number' ? x.retryAfter : undefined,
      reason: typeof x.reason === 'string' ? x.reason : undefined,
      details: x,
    }));
    return { ok: false, network: false, errors };
  }
  // No answer, a proxy's error page, or an answer without data: the API is out of reach.
  return result.data && !error ? { ok: true, data: result.data } : { ok: false, network: true };
}

/** Runs one codegen-typed operation. `TypedDocumentString` (codegen's `documentMode: 'string'`) is the query text itself. */
export async function request<TData, TVariables extends AnyVariables>(
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  url = '/graphql',
): Promise<ApiResult<TData>> {
  // The document is a String object holding the query (codegen's TypedDocumentString).
  const query = (document as unknown as string).toString();
  const client = clientFor(url);
  const run = /^\s*mutation\b/.test(query) ? client.mutation<TData, TVariables>(query, variables) : client.query<TData, TVariables>(query, variables);
  try {
    return toResult(await run.toPromise());
  } catch {
    return { ok: false, network: true };
  }
}
