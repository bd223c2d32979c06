import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { issueParticipantCard, participantCard, revokeParticipantCard } from './service.js';

export function cardRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'participantCard', ({ services, actor, params }) =>
    participantCard(services, actor, params.id),
  );
  route(app, options, 'issueParticipantCard', ({ services, actor, params }) =>
    issueParticipantCard(services, actor, params.id),
  );
  route(app, options, 'revokeParticipantCard', ({ services, actor, params }) =>
    revokeParticipantCard(services, actor, params.id),
  );
}
