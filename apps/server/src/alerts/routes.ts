import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { listAlerts } from './service.js';

export function alertRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listAlerts', ({ services, actor }) => listAlerts(services, actor));
}
