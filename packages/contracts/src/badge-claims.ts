import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import { awardSchema } from './badges.js';
import type { RouteContract } from './route-contract.js';

// Claiming a badge at a session (issue 16): the session's animateur shows a claim code (a QR code
// holding 128 random bits, and a short code to type) for one of their organisation's badges; anyone
// present claims it within 24 hours. A participant signed in to their space gets it offered in their
// backpack; anyone else types the name the credential carries and downloads it signed. The animateur
// only ever learns how many claimed.

export const BADGE_CLAIM_ERROR_CODES = [
  'badges.claim_unknown',
  'badges.claim_outside_session',
] as const;

/** How long a claim code works after it is shown. */
export const CLAIM_VALID_HOURS = 24;

/** Alphabet of the short code: no 0/O, 1/I/L, so that it reads aloud and types on a phone. */
export const CLAIM_SHORT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CLAIM_SHORT_CODE_LENGTH = 8;

/** "ABCD-EFGH" for display; what is typed is read back with normaliseClaimCode. */
export const formatClaimShortCode = (code: string): string =>
  `${code.slice(0, 4)}-${code.slice(4)}`;

/** What the claimer typed or scanned, as the server looks it up: the long token as is, a short code in capitals. */
export const normaliseClaimCode = (input: string): string => {
  const compact = input.trim().replace(/[\s-]/g, '');
  return compact.length === CLAIM_SHORT_CODE_LENGTH ? compact.toUpperCase() : compact;
};

/** The short code (8 signs) or the QR code's token (22 base64url signs, 128 bits). */
export const claimCodeParamsSchema = z.object({ token: z.string().min(1).max(64) }).strict();

export const createBadgeClaimBodySchema = z.object({ achievementId: idSchema }).strict();

/** A claim code as its session's staff see it: how many claimed, never who. */
export const badgeClaimSchema = z.object({
  id: idSchema,
  achievementId: idSchema,
  achievementName: z.string(),
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
  /** Guests and participants alike, so that the count says nothing of who is in the programme. */
  claimedCount: z.number().int(),
  live: z.boolean(),
});

/** Just made: the only time the code is shown (the server keeps hashes of it). */
export const createdBadgeClaimSchema = badgeClaimSchema.extend({
  /** The short code to type, "ABCD-EFGH". */
  shortCode: z.string(),
  /** The address the QR code opens (PUBLIC_URL, the token after #, never in a server log). */
  url: z.string(),
  qrSvg: z.string(),
});

export const sessionBadgeClaimsSchema = z.object({
  /** The badges of the session's organisation this viewer may show a code for. */
  achievements: z.array(z.object({ id: idSchema, name: z.string() })),
  claims: z.array(badgeClaimSchema),
  can: z.object({ create: z.boolean() }),
});

/** What the person who scanned reads before claiming. */
export const badgeClaimPreviewSchema = z.object({
  achievement: z.object({
    name: z.string(),
    description: z.string(),
    criteria: z.string(),
    issuerName: z.string(),
    imageUrl: z.string().nullable(),
    imageAlt: z.string(),
  }),
  expiresAt: timestampSchema,
});

export const guestClaimBodySchema = z.object({ name: z.string().trim().min(1).max(120) }).strict();

/** A guest's credential: theirs to keep, signed, as a file (the server keeps it only for its status). */
export const guestClaimSchema = z.object({
  fileName: z.string(),
  credential: z.record(z.string(), z.unknown()),
});

export const badgeClaimRoutes = {
  sessionBadgeClaims: {
    method: 'GET',
    path: '/api/sessions/:id/badge-claims',
    summary: "A session's claim codes and how many claimed each (never who)",
    tag: 'badges',
    params: idParamsSchema,
    response: sessionBadgeClaimsSchema,
  },
  createBadgeClaim: {
    method: 'POST',
    path: '/api/sessions/:id/badge-claims',
    summary: 'Show a claim code (QR + short code) for a badge, valid 24 hours, to everyone present',
    tag: 'badges',
    params: idParamsSchema,
    body: createBadgeClaimBodySchema,
    response: createdBadgeClaimSchema,
    status: 201,
  },
  previewBadgeClaim: {
    method: 'GET',
    path: '/api/badge-claims/:token',
    summary: 'The badge a claim code gives (public; unknown and expired codes answer alike)',
    tag: 'badges',
    public: true,
    params: claimCodeParamsSchema,
    response: badgeClaimPreviewSchema,
  },
  claimBadgeAsGuest: {
    method: 'POST',
    path: '/api/badge-claims/:token/guest',
    summary: 'Claim the badge without an account: signed at once under the name typed',
    tag: 'badges',
    public: true,
    params: claimCodeParamsSchema,
    body: guestClaimBodySchema,
    response: guestClaimSchema,
    status: 201,
  },
  claimMyBadge: {
    method: 'POST',
    path: '/api/me/badge-claims/:token',
    summary: 'Claim the badge into my backpack (offered: I accept it as any other)',
    tag: 'participant-space',
    audience: 'participant',
    params: claimCodeParamsSchema,
    response: awardSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteContract>;

export type BadgeClaim = z.infer<typeof badgeClaimSchema>;
export type CreatedBadgeClaim = z.infer<typeof createdBadgeClaimSchema>;
export type SessionBadgeClaims = z.infer<typeof sessionBadgeClaimsSchema>;
export type BadgeClaimPreview = z.infer<typeof badgeClaimPreviewSchema>;
export type GuestClaim = z.infer<typeof guestClaimSchema>;
