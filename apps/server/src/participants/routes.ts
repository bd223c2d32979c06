import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import {
  assignTeam,
  createParticipant,
  getParticipant,
  listParticipants,
  updateParticipant,
  updateProfile,
} from './service.js';

export function participantRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listParticipants', ({ services, actor, query }) =>
    listParticipants(services, actor, query),
  );
  route(app, options, 'createParticipant', ({ services, actor, body }) =>
    createParticipant(services, actor, body),
  );
  route(app, options, 'getParticipant', ({ services, actor, params }) =>
    getParticipant(services, actor, params.id),
  );
  route(app, options, 'updateParticipant', ({ services, actor, params, body }) =>
    updateParticipant(services, actor, params.id, body),
  );
  route(app, options, 'updateProfile', ({ services, actor, params, body }) =>
    updateProfile(services, actor, params.id, body),
  );
  route(app, options, 'assignTeam', ({ services, actor, params, body }) =>
    assignTeam(services, actor, params.id, body),
  );
}
