import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../../http/route.js';
import { claimAsGuest, claimAsParticipant, previewClaim } from './claim.js';
import { createClaim, sessionClaims } from './staff.js';

/**
 * Everyone present at a session may scan, often on one Wi-Fi: 30 tries a minute per address still
 * leaves guessing a short code (40 bits, 24 hours) hopeless.
 */
const CLAIM_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export function badgeClaimRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string },
): void {
  const { publicUrl } = options;
  route(app, options, 'sessionBadgeClaims', ({ services, actor, params }) =>
    sessionClaims(services, actor, params.id),
  );
  route(app, options, 'createBadgeClaim', ({ services, actor, params, body }) =>
    createClaim(services, publicUrl, actor, params.id, body.achievementId),
  );
  route(
    app,
    options,
    'previewBadgeClaim',
    ({ services, params }) => previewClaim(services, publicUrl, params.token),
    CLAIM_LIMIT,
  );
  route(
    app,
    options,
    'claimBadgeAsGuest',
    ({ services, params, body }) => claimAsGuest(services, publicUrl, params.token, body.name),
    CLAIM_LIMIT,
  );
  route(
    app,
    options,
    'claimMyBadge',
    ({ services, participant, params }) =>
      claimAsParticipant(services, publicUrl, participant, params.token),
    CLAIM_LIMIT,
  );
}
