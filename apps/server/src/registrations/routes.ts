import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { mySession, registerMe, unregisterMe } from './me.js';
import { cancelRegistration, registerToSession } from './service.js';

export function registrationRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'registerToSession', ({ services, actor, params, body }) =>
    registerToSession(services, actor, params.id, body),
  );
  route(app, options, 'cancelRegistration', ({ services, actor, params }) =>
    cancelRegistration(services, actor, params.id),
  );
  route(app, options, 'mySession', ({ services, participant, params }) =>
    mySession(services, participant, params.id),
  );
  route(app, options, 'registerMe', ({ services, participant, params }) =>
    registerMe(services, participant, params.id),
  );
  route(app, options, 'unregisterMe', ({ services, participant, params }) =>
    unregisterMe(services, participant, params.id),
  );
}
