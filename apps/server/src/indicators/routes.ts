import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../http/route.js';

export function indicatorsRoutes(_app: FastifyInstance, _options: RouteOptions): void {}
