// The islands' way to the API: one POST per operation to /graphql on the site's own origin, so
// the httpOnly session cookie goes along and Apollo's CSRF prevention is satisfied (a JSON POST
// is never a "simple" request). No cache: islands want live figures. Failures come back as
// values, never thrown, split into "the API could not be reached" and the API's own errors.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface ApiError {
  message: string;
  /** The contract's `extensions.code`, e.g. BAD_USER_INPUT, CONFLICT, RATE_LIMITED. */
  code: string;
  /** The input field a BAD_USER_INPUT or CONFLICT is about, e.g. `idNumber`. */
  field?: string;
  /** Seconds until a RATE_LIMITED lock ends. */
  retryAfter?: number;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; network: true } | { ok: false; network: false; errors: ApiError[] };
export type ApiFailure = Exclude<ApiResult<unknown>, { ok: true }>;

const TIMEOUT_MS = 15_000;

interface Body<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string; field?: string; retryAfter?: number } }[];
}

/** Runs one codegen-typed operation. `TypedDocumentString` (codegen's `documentMode: 'string'`) is the query text itself. */
export async function request<TData, TVariables>(
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  url = '/graphql',
): Promise<ApiResult<TData>> {
  let body: Body<TData>;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: String(document), variables }),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // A proxy's error page, or no answer at all: the API is out of reach.
    body = (await response.json()) as Body<TData>;
  } catch {
    return { ok: false, network: true };
  }
  if (body.errors?.length) {
    const errors = body.errors.map(({ message = '', extensions: x = {} }) => ({
      message,
      code: x.code ?? 'INTERNAL_SERVER_ERROR',
      field: x.field,
      retryAfter: x.retryAfter,
    }));
    return { ok: false, network: false, errors };
  }
  return body.data ? { ok: true, data: body.data } : { ok: false, network: true };
}
