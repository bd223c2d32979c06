import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../../http/route.js';
import { incomingProposals, participantProposals, proposableBadges } from './read.js';
import { acceptProposal, declineProposal, proposeBadge } from './service.js';

export function badgeProposalRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string },
): void {
  const { publicUrl } = options;
  route(app, options, 'proposableBadges', ({ services, actor, params }) =>
    proposableBadges(services, publicUrl, actor, params.id),
  );
  route(app, options, 'proposeBadge', ({ services, actor, params, body }) =>
    proposeBadge(services, publicUrl, actor, params.id, body),
  );
  route(app, options, 'participantBadgeProposals', ({ services, actor, params }) =>
    participantProposals(services, publicUrl, actor, params.id),
  );
  route(app, options, 'incomingBadgeProposals', ({ services, actor }) =>
    incomingProposals(services, publicUrl, actor),
  );
  route(app, options, 'acceptBadgeProposal', ({ services, actor, params }) =>
    acceptProposal(services, publicUrl, actor, params.id),
  );
  route(app, options, 'declineBadgeProposal', ({ services, actor, params, body }) =>
    declineProposal(services, publicUrl, actor, params.id, body.reason),
  );
}
