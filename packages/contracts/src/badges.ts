import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Badges: say here what this domain is for (scaffolded by `npm run new-domain -- badges`).

/** The error codes this domain returns; each is an i18n key (errors.<code>) in its web messages. */
export const BADGES_ERROR_CODES = ['badges.not_found'] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const BADGES_TIMELINE_KINDS = ['badges_recorded'] as const;

export const badgesItemSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  at: timestampSchema,
  label: z.string(),
});

export const badgesRoutes = {
  listBadges: {
    method: 'GET',
    path: '/api/participants/:id/badges',
    summary: 'Badges of a participant',
    tag: 'badges',
    params: idParamsSchema,
    response: z.array(badgesItemSchema),
  },
} as const satisfies Record<string, RouteContract>;

export type BadgesItem = z.infer<typeof badgesItemSchema>;
