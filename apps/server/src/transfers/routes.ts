import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { decideTransfer, listTransfers, participantTransfers, proposeTransfer } from './service.js';

export function transferRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listTransfers', ({ services, actor }) => listTransfers(services, actor));
  route(app, options, 'participantTransfers', ({ services, actor, params }) =>
    participantTransfers(services, actor, params.id),
  );
  route(app, options, 'proposeTransfer', ({ services, actor, params, body }) =>
    proposeTransfer(services, actor, params.id, body),
  );
  route(app, options, 'acceptTransfer', ({ services, actor, params, body }) =>
    decideTransfer(services, actor, params.id, 'accept', body),
  );
  route(app, options, 'refuseTransfer', ({ services, actor, params }) =>
    decideTransfer(services, actor, params.id, 'refuse'),
  );
  route(app, options, 'cancelTransfer', ({ services, actor, params }) =>
    decideTransfer(services, actor, params.id, 'cancel'),
  );
}
