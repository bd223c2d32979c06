import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import type { Programme } from './programme.js';
import { getIndicators } from './service.js';

export function indicatorsRoutes(
  app: FastifyInstance,
  options: RouteOptions & { programme: Programme },
): void {
  route(app, options, 'getIndicators', ({ services, actor, query }) =>
    getIndicators(services, actor, query, options.programme),
  );
}
