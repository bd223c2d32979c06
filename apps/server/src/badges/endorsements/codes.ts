import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../errors/index.js';

/** An invitation's token: 128 random bits, base64url (22 signs), in the link's path. */
export const newInvitationToken = (): string => randomBytes(16).toString('base64url');

/** Only hashes are stored: a copy of the database endorses nothing. */
export const invitationHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export class InvitationUnknownError extends AppError {
  readonly status = 404;
  constructor() {
    super('endorsements.invitation_unknown', 'This invitation link does not exist.');
  }
}

/** Used or expired: said plainly, so the person knows to ask for a new link. */
export class InvitationClosedError extends AppError {
  readonly status = 410;
  constructor(why: 'used' | 'expired') {
    super(
      why === 'used' ? 'endorsements.invitation_used' : 'endorsements.invitation_expired',
      why === 'used' ? 'This invitation link has already been used.' : 'This link has expired.',
    );
  }
}

/** Something that does not exist (or an award that is not signed and standing). */
export class UnknownTargetError extends AppError {
  readonly status = 404;
  constructor() {
    super('endorsements.unknown_target', 'There is nothing to endorse here.');
  }
}
