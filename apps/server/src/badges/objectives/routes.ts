import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../../http/route.js';
import {
  linkAwardObjectives,
  linkMyAwardObjectives,
  myObjectives,
  participantObjectives,
} from './service.js';

export function objectiveRoutes(app: FastifyInstance, options: RouteOptions): void {
  const { services } = options;
  route(app, options, 'myObjectives', ({ participant }) => myObjectives(services, participant));
  route(app, options, 'linkMyAwardObjectives', ({ participant, params, body }) =>
    linkMyAwardObjectives(services, participant, params.id, body.objectiveIds),
  );
  route(app, options, 'participantObjectives', ({ actor, params }) =>
    participantObjectives(services, actor, params.id),
  );
  route(app, options, 'linkAwardObjectives', ({ actor, params, body }) =>
    linkAwardObjectives(services, actor, params.id, body.objectiveIds),
  );
}
