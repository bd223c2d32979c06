import {
  normaliseSignInCode,
  SIGN_IN_CODE_ALPHABET,
  SIGN_IN_CODE_LENGTH,
} from '@territoires/contracts';
import { randomInt } from 'node:crypto';
import { hashToken } from '../auth/tokens.js';

/**
 * A fresh code: 8 characters of a 23-letter alphabet (about 36 bits). Guessing is bounded by the
 * sign-in rate limit and the 15-minute life of a code; randomInt draws without modulo bias.
 */
export function newSignInCode(): string {
  return Array.from({ length: SIGN_IN_CODE_LENGTH }, () =>
    SIGN_IN_CODE_ALPHABET.charAt(randomInt(SIGN_IN_CODE_ALPHABET.length)),
  ).join('');
}

/** What the database keeps of a code: the SHA-256 of its normalised form. */
export const hashSignInCode = (typed: string): string => hashToken(normaliseSignInCode(typed));
