import {
  CLAIM_SHORT_CODE_ALPHABET,
  CLAIM_SHORT_CODE_LENGTH,
  normaliseClaimCode,
} from '@territoires/contracts';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { AppError } from '../../errors/index.js';

/** The QR code's token: 128 random bits, base64url (22 signs). */
export const newClaimToken = (): string => randomBytes(16).toString('base64url');

/** The short code to type: 8 signs of a 31-sign alphabet (about 40 bits, rate-limited, 24 hours). */
export const newShortCode = (): string =>
  Array.from(
    { length: CLAIM_SHORT_CODE_LENGTH },
    () => CLAIM_SHORT_CODE_ALPHABET[randomInt(CLAIM_SHORT_CODE_ALPHABET.length)],
  ).join('');

/** Only hashes are stored: a copy of the database claims nothing. */
export const claimCodeHash = (code: string): string =>
  createHash('sha256').update(normaliseClaimCode(code)).digest('hex');

/** Unknown, expired or mistyped: the same answer, so that a code tells nothing of another. */
export class ClaimUnknownError extends AppError {
  readonly status = 404;
  constructor() {
    super('badges.claim_unknown', 'This claim code does not exist or has expired.');
  }
}
