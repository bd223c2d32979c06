import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { participantPrincipal, staffPrincipal } from '../auth/principal.js';
import {
  createReflection,
  getReflection,
  listReflections,
  startMyReflection,
  updateReflection,
} from './service.js';
import { deleteReflection } from './deletion.js';

export function reflectionRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listReflections', ({ services, actor, params }) =>
    listReflections(services, staffPrincipal(actor), params.id),
  );
  route(app, options, 'createReflection', ({ services, actor, params, body }) =>
    createReflection(services, staffPrincipal(actor), params.id, body),
  );
  route(app, options, 'updateReflection', ({ services, actor, params, body }) =>
    updateReflection(services, staffPrincipal(actor), params.id, body),
  );
  route(app, options, 'deleteReflection', ({ services, actor, params }) =>
    deleteReflection(services, staffPrincipal(actor), params.id),
  );
  route(app, options, 'listMyReflections', ({ services, participant }) =>
    listReflections(services, participantPrincipal(participant), participant.participantId),
  );
  route(app, options, 'startMyReflection', ({ services, participant, body }) => {
    const { experienceIds, ...part } = body;
    return startMyReflection(services, { kind: 'participant', participant }, experienceIds, part);
  });
  route(app, options, 'getMyReflection', ({ services, participant, params }) =>
    getReflection(services, participantPrincipal(participant), params.id),
  );
  // The participant writes their part only: the body has no room for the référent's.
  route(app, options, 'writeMyReflection', ({ services, participant, params, body }) => {
    const { version, ...part } = body;
    return updateReflection(services, participantPrincipal(participant), params.id, {
      version,
      part,
    });
  });
  route(app, options, 'deleteMyReflection', ({ services, participant, params }) =>
    deleteReflection(services, participantPrincipal(participant), params.id),
  );
}
