// Domain errors: services throw these; the edge maps `code` to `extensions.code` and `reason` to
// `extensions.reason`.
import { Reason } from './error-reasons.js';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'CAPACITY_REACHED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An error a service throws on purpose: the contract's `code`, the `reason` clients word (see
 * error-reasons.ts), an English message for developers, and the details a sentence needs.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Reason,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The reason of an error that names none (one raised by a library or by graphql-js), by its code. */
export const REASON_OF_CODE: Record<ErrorCode, Reason> = {
  UNAUTHENTICATED: Reason.SIGN_IN_REQUIRED,
  FORBIDDEN: Reason.NOT_ALLOWED,
  NOT_FOUND: Reason.NOT_FOUND,
  BAD_USER_INPUT: Reason.BAD_FORMAT,
  CONFLICT: Reason.STATE_CHANGED,
  CAPACITY_REACHED: Reason.CAPACITY_REACHED,
  IDEMPOTENCY_KEY_REUSED: Reason.IDEMPOTENCY_KEY_REUSED,
  RATE_LIMITED: Reason.TOO_MANY_REQUESTS,
  QUERY_TOO_COMPLEX: Reason.QUERY_TOO_COMPLEX,
  INTERNAL_SERVER_ERROR: Reason.INTERNAL,
};

export class BadUserInputError extends DomainError {
  constructor(field: string, reason: Reason, message: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', reason, message, { field, ...extra });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super('NOT_FOUND', Reason.NOT_FOUND, `${entity} not found`, { entity });
  }
}

export class ConflictError extends DomainError {
  constructor(reason: Reason, message: string, field?: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', reason, message, { ...(field ? { field } : {}), ...extra });
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: Reason = Reason.NOT_ALLOWED, message = 'Not allowed') {
    super('FORBIDDEN', reason, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason: Reason = Reason.SIGN_IN_REQUIRED, message = 'Sign in first') {
    super('UNAUTHENTICATED', reason, message);
  }
}

/** A unique-constraint violation from PostgreSQL (through the ORM or a raw statement), optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string; cause?: unknown } | null;
  if (!e) return false;
  const code = e.code ?? (e.cause as { code?: string } | undefined)?.code;
  if (code !== '23505' && e.constructor?.name !== 'UniqueConstraintViolationException') return false;
  if (!constraint) return true;
  const name = e.constraint ?? (e.cause as { constraint?: string } | undefined)?.constraint;
  return name === constraint || (e.message ?? '').includes(constraint);
}
