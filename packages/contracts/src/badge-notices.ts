import { z } from 'zod';
import { idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Expiry (issue 16): a badge designed with a validity period is signed with a validUntil; from a
// month before, its earner reads a notice in their space. Computed when read, from the clock.

/** Re-issue after a key is revoked as compromised: the old credential revoked, a new one signed. */
export const BADGE_REISSUE_TIMELINE_KINDS = ['badge_reissued'] as const;

/** How long before the end the earner is told. */
export const EXPIRY_NOTICE_MONTHS = 1;

export const expiringAwardSchema = z.object({
  awardId: idSchema,
  name: z.string(),
  validUntil: timestampSchema,
});

export const badgeNoticeRoutes = {
  myExpiringAwards: {
    method: 'GET',
    path: '/api/me/awards/expiring',
    summary: 'My badges whose validity ends within a month',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(expiringAwardSchema),
  },
} as const satisfies Record<string, RouteContract>;

export type ExpiringAward = z.infer<typeof expiringAwardSchema>;
