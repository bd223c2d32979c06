import { z } from 'zod';
import { idParamsSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// The participant's printable attendance card: a QR code and a short code, revocable. It only says
// who came to a session; it is not a credential.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const CARD_ERROR_CODES = ['card.unknown', 'card.revoked'] as const;

export const CARD_CODE_LENGTH = 8;

/** As printed under the QR code and encoded in it: two groups of four, "ABCD-EFGH". */
export const formatCardCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/**
 * The one reading of a scanned or typed card code, on the phone and on the server: case, spaces and
 * dashes do not matter; the result is the code as printed ("ABCD-EFGH"), or null when it cannot be one.
 */
export function normaliseCardCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return code.length === CARD_CODE_LENGTH ? formatCardCode(code) : null;
}

/** A scanned or typed card code, read by normaliseCardCode, as the server keeps it (without the dash). */
export const cardCodeSchema = z.string().transform((raw, ctx) => {
  const code = normaliseCardCode(raw);
  if (code !== null) return code.replace('-', '');
  ctx.addIssue({
    code: 'custom',
    message: `Expected a card code: ${CARD_CODE_LENGTH} characters.`,
  });
  return z.NEVER;
});

export const cardSchema = z.object({
  pseudonym: z.string(),
  /** Null when no card is live (never issued, or revoked). */
  card: z.object({ code: z.string(), qrSvg: z.string(), issuedAt: timestampSchema }).nullable(),
});

export const cardRoutes = {
  participantCard: {
    method: 'GET',
    path: '/api/participants/:id/card',
    summary: "A participant's attendance card (pseudonym, QR code)",
    tag: 'attendance',
    params: idParamsSchema,
    response: cardSchema,
  },
  issueParticipantCard: {
    method: 'POST',
    path: '/api/participants/:id/card',
    summary: 'Issue a new card (revokes the previous one)',
    tag: 'attendance',
    params: idParamsSchema,
    response: cardSchema,
    status: 201,
  },
  revokeParticipantCard: {
    method: 'DELETE',
    path: '/api/participants/:id/card',
    summary: 'Revoke the card',
    tag: 'attendance',
    params: idParamsSchema,
    response: okSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Card = z.infer<typeof cardSchema>;
