import { isCoordination, type Actor } from '../auth/actor.js';
import type { FastifyInstance } from 'fastify';
import type { CatalogueQuery } from '@territoires/contracts';
import { cachedRead, readKey } from '../db/read-cache.js';
import { route, type RouteOptions } from '../http/route.js';
import type { Services } from '../services.js';
import { searchCatalogue } from './catalogue.js';
import { exportCatalogue } from './data-inclusion/export.js';
import { importCatalogue } from './data-inclusion/import.js';
import { archiveActivity, createActivity, getActivity, updateActivity } from './service.js';
import { createSeries, createSession } from './sessions.js';
import {
  cancelSession,
  getSession,
  listActivitySessions,
  updateSession,
} from './session-changes.js';

/**
 * One cached page per query and per set of sensitive names the viewer may read: every participant
 * shares one, coordination one, each combination of memberships its own (ADR 12).
 */
function catalogue(services: Services, query: CatalogueQuery, viewer: Actor | null) {
  const now = services.clock();
  const scope =
    viewer === null
      ? 'participant'
      : isCoordination(viewer)
        ? 'coordination'
        : [...new Set(viewer.memberships.map((m) => m.organisationId))].sort().join(',');
  return cachedRead(services.database, readKey('catalogue', scope, query), now, async () => ({
    items: await searchCatalogue(services.database.db, query, now, viewer),
  }));
}

export function activityRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'searchCatalogue', ({ services, actor, query }) =>
    catalogue(services, query, actor),
  );
  route(app, options, 'myCatalogue', ({ services, query }) => catalogue(services, query, null));
  route(app, options, 'exportCatalogue', ({ services }) => exportCatalogue(services.database.db));
  route(app, options, 'importCatalogue', ({ services, actor, body }) =>
    importCatalogue(services, actor, body),
  );
  route(app, options, 'createActivity', ({ services, actor, body }) =>
    createActivity(services, actor, body),
  );
  route(app, options, 'getActivity', ({ services, actor, params }) =>
    getActivity(services, actor, params.id),
  );
  route(app, options, 'updateActivity', ({ services, actor, params, body }) =>
    updateActivity(services, actor, params.id, body),
  );
  route(app, options, 'archiveActivity', ({ services, actor, params, body }) =>
    archiveActivity(services, actor, params.id, body.version),
  );
  route(app, options, 'listActivitySessions', ({ services, actor, params, query }) =>
    listActivitySessions(services, actor, params.id, query),
  );
  route(app, options, 'createSession', ({ services, actor, params, body }) =>
    createSession(services, actor, params.id, body),
  );
  route(app, options, 'createSeries', ({ services, actor, params, body }) =>
    createSeries(services, actor, params.id, body),
  );
  route(app, options, 'getSession', ({ services, actor, params }) =>
    getSession(services, actor, params.id),
  );
  route(app, options, 'updateSession', ({ services, actor, params, body }) =>
    updateSession(services, actor, params.id, body),
  );
  route(app, options, 'cancelSession', ({ services, actor, params, body }) =>
    cancelSession(services, actor, params.id, body.version),
  );
}
