import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { createOrganisation, listOrganisations, listStaff, updateOrganisation } from './service.js';

export function organisationRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'listOrganisations', ({ services, actor }) =>
    listOrganisations(services, actor),
  );
  route(app, options, 'createOrganisation', ({ services, actor, body }) =>
    createOrganisation(services, actor, body),
  );
  route(app, options, 'updateOrganisation', ({ services, actor, params, body }) =>
    updateOrganisation(services, actor, params.id, body),
  );
  route(app, options, 'listStaff', ({ services, actor, query }) =>
    listStaff(services, actor, query),
  );
}
