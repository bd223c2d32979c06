import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import { awardSchema } from './badges.js';
import type { RouteContract } from './route-contract.js';

// The backpack (issue 17): a participant's badges are theirs. Private by default: a badge is seen
// outside only through a share link its earner makes (a 256-bit token, shown once, hashed at rest),
// stops, or ends by hiding the badge; a hidden or stopped link answers like one never made.

export const BADGE_BACKPACK_ERROR_CODES = ['badges.not_shareable'] as const;

/** A live share link: since when, and whether the employer reads the evidence. */
export const backpackShareSchema = z.object({
  since: timestampSchema,
  showEvidence: z.boolean(),
});

export const backpackEntrySchema = z.object({
  award: awardSchema,
  /** Hidden by its earner: no link answers for it. */
  hidden: z.boolean(),
  share: backpackShareSchema.nullable(),
});

/** A new share link: its address and QR code are shown this once (only the token's hash is kept). */
export const shareLinkSchema = backpackShareSchema.extend({
  url: z.string(),
  qrSvg: z.string(),
});

/** The forms a signed badge is taken away in: baked in its image (PNG, SVG), JSON, VC-JWT. */
export const BADGE_FILE_FORMATS = ['png', 'svg', 'json', 'jwt'] as const;
export const badgeFileParamsSchema = z.object({ id: idSchema, format: z.enum(BADGE_FILE_FORMATS) });
/** A file's bytes (its type and name in the headers). */
const fileSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** The badges I share, grouped by ROME job family (a badge in several families shows in each). */
export const portfolioSchema = z.object({
  groups: z.array(
    z.object({
      /** The ROME job family ("Services à la personne et à la collectivité"); null: no job named. */
      family: z.string().nullable(),
      badges: z.array(
        z.object({
          awardId: idSchema,
          name: z.string(),
          issuerName: z.string(),
          imageUrl: z.string().nullable(),
          imageAlt: z.string(),
          acceptedAt: timestampSchema,
          /** ROME jobs of this family the badge is aligned to. */
          jobs: z.array(z.string()),
          /** Skills and themes (ESCO, data·inclusion thématiques). */
          skills: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export const shareBodySchema = z.object({ showEvidence: z.boolean().default(false) }).strict();
export const visibilityBodySchema = z.object({ hidden: z.boolean() }).strict();

export const badgeBackpackRoutes = {
  myBackpack: {
    method: 'GET',
    path: '/api/me/backpack',
    summary: 'My backpack: my badges (declined ones aside), hidden or not, shared or not',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(backpackEntrySchema),
  },
  shareMyAward: {
    method: 'POST',
    path: '/api/me/awards/:id/share',
    summary: 'A new share link for my accepted badge (the previous one stops)',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    body: shareBodySchema,
    response: shareLinkSchema,
    status: 201,
  },
  stopSharingMyAward: {
    method: 'DELETE',
    path: '/api/me/awards/:id/share',
    summary: 'Stop sharing my badge: its link answers like an unknown one',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: backpackEntrySchema,
  },
  setMyAwardVisibility: {
    method: 'PUT',
    path: '/api/me/awards/:id/visibility',
    summary: 'Hide my badge (its share link stops) or show it again in my backpack',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    body: visibilityBodySchema,
    response: backpackEntrySchema,
  },
  myAwardFile: {
    method: 'GET',
    path: '/api/me/awards/:id/files/:format',
    summary: 'My signed badge as a file: baked PNG or SVG, JSON, or VC-JWT (an attachment)',
    tag: 'participant-space',
    audience: 'participant',
    params: badgeFileParamsSchema,
    response: fileSchema,
  },
  myPortfolio: {
    method: 'GET',
    path: '/api/me/portfolio',
    summary: 'My portfolio: the badges I share, grouped by ROME job family and skill',
    tag: 'participant-space',
    audience: 'participant',
    response: portfolioSchema,
  },
  myBadgesZip: {
    method: 'GET',
    path: '/api/me/backpack/badges.zip',
    summary: 'All my signed badges not hidden, each in every form, in one zip',
    tag: 'participant-space',
    audience: 'participant',
    response: fileSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type BackpackEntry = z.infer<typeof backpackEntrySchema>;
export type ShareLink = z.infer<typeof shareLinkSchema>;
export type Portfolio = z.infer<typeof portfolioSchema>;
