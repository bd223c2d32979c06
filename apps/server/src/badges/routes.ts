import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { listBadges } from './service.js';

export function badgesRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listBadges', ({ services, actor, params }) =>
    listBadges(services, actor, params.id),
  );
}
