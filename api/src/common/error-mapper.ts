// The one place where errors become GraphQL errors: domain errors keep their code,
// client mistakes become BAD_USER_INPUT or QUERY_TOO_COMPLEX, and anything else is an
// INTERNAL_SERVER_ERROR without stack trace or SQL text (outside development).
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, REASON_OF_CODE, type ErrorCode } from './errors.js';
import { isReason, Reason } from './error-reasons.js';

const PASS_THROUGH = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'CAPACITY_REACHED',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
]);

// What a GraphQL error raised before execution (a key's scope, a rate limit) may tell beside its code.
const KEPT_EXTENSIONS = ['field', 'reason', 'requiredScope', 'retryAfter'] as const;

// Apollo's codes for a request it could not run: all are the client's to fix.
const CLIENT_MISTAKES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface ErrorMapperOptions {
  development: boolean;
  log: (message: string) => void;
}

export function createErrorFormatter({ development, log }: ErrorMapperOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code, reason: original.reason } };
    }
    // Apollo re-labels validation errors; the guards' own code sits on the error it wrapped.
    // (Duck-typed: graphql may be loaded twice, as CommonJS and as ESM.)
    const wrapped = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
    const raw = wrapped?.extensions?.code ?? formatted.extensions?.code;
    const code = typeof raw === 'string' ? raw : 'INTERNAL_SERVER_ERROR';
    if (code === 'GRAPHQL_PARSE_FAILED' && /tokens/i.test(formatted.message)) {
      return { ...base, message: 'The query is too large', extensions: { code: 'QUERY_TOO_COMPLEX' satisfies ErrorCode, reason: Reason.QUERY_TOO_COMPLEX } };
    }
    if (PASS_THROUGH.has(code) || CLIENT_MISTAKES.has(code)) {
      const mapped = PASS_THROUGH.has(code) ? code : 'BAD_USER_INPUT';
      const extensions: Record<string, unknown> = { code: mapped };
      for (const name of KEPT_EXTENSIONS) if (formatted.extensions?.[name] !== undefined) extensions[name] = formatted.extensions[name];
      const given = formatted.extensions?.reason;
      extensions.reason = isReason(given) ? given : mapped === code ? REASON_OF_CODE[mapped as ErrorCode] : Reason.INVALID_QUERY;
      return { ...base, message: excerpt(formatted.message), extensions };
    }
    // Unexpected: log the kind of failure (not its data), answer without details.
    const err = original instanceof Error ? original : new Error(String(original));
    log(`internal error in ${formatted.path?.join('.') ?? 'request'}: ${err.name}: ${firstLine(err.message)}`);
    if (development) {
      return { ...base, message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: Reason.INTERNAL, stacktrace: err.stack?.split('\n') } };
    }
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: Reason.INTERNAL } };
  };
}

const LONG_QUOTE = /"((?:[^"\\]|\\.){40})(?:[^"\\]|\\.)+"/g;
const MAX_MESSAGE = 500;

/**
 * graphql-js quotes the offending value in its messages ("got invalid value ..."): a 250 KB
 * string sent for an Int would come back whole. Quotes are cut to 40 characters and the message
 * to 500, so an error never echoes more than an excerpt of what was sent.
 */
export function excerpt(message: string): string {
  const short = message.replace(LONG_QUOTE, '"$1…"');
  return short.length > MAX_MESSAGE ? `${short.slice(0, MAX_MESSAGE)}…` : short;
}

export function firstLine(message: string): string {
  // Driver messages may quote the statement and its values; keep only the first line, short.
  return message.split('\n')[0].slice(0, 200);
}

/** Whatever was thrown, as one short line for the log (its message's first line). */
export function errorLine(error: unknown): string {
  return firstLine(String((error as Error | null)?.message ?? error));
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, RATE_LIMITED: 429 };

/**
 * A plain HTTP route's failure (an upload, an export) as the body and status a GraphQL answer
 * would carry: a domain error keeps its code and reason; anything else is logged by kind and
 * answered as INTERNAL_SERVER_ERROR.
 */
export function httpErrorAnswer(error: unknown, log: (message: string) => void, what: string): { status: number; body: { errors: GraphQLFormattedError[] } } {
  if (error instanceof DomainError) {
    const status = error.reason === Reason.TOO_LARGE ? 413 : (HTTP_STATUS[error.code] ?? 400);
    return { status, body: { errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code, reason: error.reason } }] } };
  }
  log(`${what} failed: ${error instanceof Error ? error.name : typeof error}`);
  return { status: 500, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: Reason.INTERNAL } }] } };
}
