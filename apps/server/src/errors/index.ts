import type { ErrorCode, FieldError } from '@territoires/contracts';

/**
 * The closed set of errors a request can end with. Each carries a stable code (an i18n key on the
 * web side) and its HTTP status; the error handler turns them into `{ error: { code, message } }`.
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
}
export class UnauthenticatedError extends AppError {
  readonly status = 401;
  constructor(
    code:
      | 'auth.unauthenticated'
      | 'auth.invalid_credentials'
      | 'participant_space.code_invalid' = 'auth.unauthenticated',
    message = 'Authentication required.',
  ) {
    super(code, message);
  }
}
export class ForbiddenError extends AppError {
  readonly status = 403;
  constructor(
    code: 'auth.forbidden' | 'auth.csrf_invalid' = 'auth.forbidden',
    message = 'You may not do this.',
  ) {
    super(code, message);
  }
}
export class NotFoundError extends AppError {
  readonly status = 404;
  constructor(what: string) {
    super('resource.not_found', `${what} not found.`);
  }
}
export class ConflictError extends AppError {
  readonly status = 409;
}
export class StaleVersionError extends ConflictError {
  constructor(expected: number, actual: number) {
    super(
      'resource.stale_version',
      'Someone changed this record since you read it; reload and try again.',
      {
        expected,
        actual,
      },
    );
  }
}
/** A request that is well formed but breaks a rule of the programme (15 months, phase order...). */
export class RuleViolationError extends AppError {
  readonly status = 422;
}

/** Not an HTTP error: raised at start-up when another process holds the PGlite data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly command: string,
  ) {
    super(
      pid > 0
        ? `The data directory ${dataDir} is in use by another process (pid ${pid}, "${command}"). ` +
            'Stop it first: PGlite allows one process per data directory.'
        : `The data directory ${dataDir} is locked (${dataDir}/territoires.lock). If no other Territoires process ` +
            'is running, delete that file.',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Not an HTTP error: the server refuses to start, with a message that says what to do (no stack trace). */
export class StartupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusedError';
  }
}
