import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { createNote, listNotes } from './service.js';

export function noteRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listNotes', ({ services, actor, params }) =>
    listNotes(services, actor, params.id),
  );
  route(app, options, 'createNote', ({ services, actor, params, body }) =>
    createNote(services, actor, params.id, body),
  );
}
