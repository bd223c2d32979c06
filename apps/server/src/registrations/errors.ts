import { AppError, ConflictError, RuleViolationError } from '../errors/index.js';

export class RegistrationNotFoundError extends AppError {
  readonly status = 404;
  constructor() {
    super('registration.not_found', 'No live registration here.');
  }
}

export const sessionInPast = () =>
  new RuleViolationError('session.in_past', 'This session has started or is over.');
export const sessionCancelled = () =>
  new RuleViolationError('session.cancelled', 'This session is cancelled.');
export const sessionFull = () => new ConflictError('session.full', 'This session is full.');
export const alreadyRegistered = () =>
  new ConflictError('registration.already_registered', 'Already registered to this session.');

/** PostgreSQL's unique_violation, whichever driver (and drizzle wrapper) raised it. */
export function isUniqueViolation(error: unknown): boolean {
  for (
    let e: unknown = error;
    typeof e === 'object' && e !== null;
    e = (e as { cause?: unknown }).cause
  ) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
