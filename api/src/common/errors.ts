// Domain errors: services throw these; the edge maps `code` to `extensions.code` and `reason` to
// `extensions.reason`.
import { isReason, Reason } from './error-reasons.js';

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
  readonly reason: Reason;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, reason: Reason, message: string, extensions?: Record<string, unknown>);
  /** @deprecated give the reason */
  constructor(code: ErrorCode, message: string, extensions?: Record<string, unknown>);
  constructor(
    readonly code: ErrorCode,
    reasonOrMessage: string,
    messageOrExtensions?: string | Record<string, unknown>,
    extensions: Record<string, unknown> = {},
  ) {
    const legacy = typeof messageOrExtensions !== 'string';
    super(legacy ? reasonOrMessage : messageOrExtensions);
    this.name = new.target.name;
    this.extensions = legacy ? (messageOrExtensions ?? {}) : extensions;
    const given = legacy ? this.extensions.reason : reasonOrMessage;
    this.reason = isReason(given) ? given : REASON_OF_CODE[code];
  }
}

// The reason of an error that names none.
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
  constructor(field: string, reason: Reason, message: string, extra?: Record<string, unknown>);
  /** @deprecated give the reason */
  constructor(field: string, message: string, extra?: Record<string, unknown>);
  constructor(field: string, reasonOrMessage: string, messageOrExtra?: string | Record<string, unknown>, extra: Record<string, unknown> = {}) {
    if (typeof messageOrExtra === 'string') super('BAD_USER_INPUT', reasonOrMessage as Reason, messageOrExtra, { field, ...extra });
    else super('BAD_USER_INPUT', reasonOrMessage, { field, ...messageOrExtra });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super('NOT_FOUND', Reason.NOT_FOUND, `${entity} not found`, { entity });
  }
}

export class ConflictError extends DomainError {
  constructor(reason: Reason, message: string, field?: string, extra?: Record<string, unknown>);
  /** @deprecated give the reason */
  constructor(message: string, field?: string);
  constructor(reasonOrMessage: string, messageOrField?: string, field?: string, extra: Record<string, unknown> = {}) {
    if (isReason(reasonOrMessage)) super('CONFLICT', reasonOrMessage, messageOrField ?? reasonOrMessage, { ...(field ? { field } : {}), ...extra });
    else super('CONFLICT', reasonOrMessage, messageOrField ? { field: messageOrField } : {});
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason?: Reason, message?: string);
  /** @deprecated give the reason */
  constructor(message?: string);
  constructor(reasonOrMessage?: string, message = 'Not allowed') {
    if (isReason(reasonOrMessage)) super('FORBIDDEN', reasonOrMessage, message);
    else super('FORBIDDEN', reasonOrMessage ?? message);
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
