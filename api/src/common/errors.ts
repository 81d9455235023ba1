// Domain errors: services throw these; the edge maps `code` to `extensions.code`.
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

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { field, ...extra });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
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
