import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { amendContract, changePhase, recordExit, signContract, timeline } from './service.js';

export function pathwayRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'changePhase', ({ services, actor, params, body }) =>
    changePhase(services, actor, params.id, body),
  );
  route(app, options, 'timeline', ({ services, actor, params }) =>
    timeline(services, actor, params.id),
  );
  route(app, options, 'signContract', ({ services, actor, params, body }) =>
    signContract(services, actor, params.id, body),
  );
  route(app, options, 'amendContract', ({ services, actor, params, body }) =>
    amendContract(services, actor, params.id, params.contractId, body),
  );
  route(app, options, 'recordExit', ({ services, actor, params, body }) =>
    recordExit(services, actor, params.id, body),
  );
}
