import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { bookableSessions, myAgenda, organisationWeek, participantAgenda } from './agenda.js';
import { createFeed, feedStatus, renderFeed, revokeFeed } from './feeds.js';

export function calendarRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'bookableSessions', ({ services, actor, query }) =>
    bookableSessions(services, actor, query.q),
  );
  route(app, options, 'organisationWeek', ({ services, actor, query }) =>
    organisationWeek(services, actor, query.start),
  );
  route(app, options, 'participantAgenda', ({ services, actor, params }) =>
    participantAgenda(services, actor, params.id),
  );
  route(app, options, 'myAgenda', ({ services, participant }) => myAgenda(services, participant));
  const person = (id: string) => ({ participantId: id });
  const organisation = (id: string) => ({ organisationId: id });
  route(app, options, 'participantFeed', ({ services, actor, params }) =>
    feedStatus(services, actor, person(params.id)),
  );
  route(app, options, 'createParticipantFeed', ({ services, actor, params }) =>
    createFeed(services, actor, person(params.id)),
  );
  route(app, options, 'revokeParticipantFeed', ({ services, actor, params }) =>
    revokeFeed(services, actor, person(params.id)),
  );
  route(app, options, 'organisationFeed', ({ services, actor, params }) =>
    feedStatus(services, actor, organisation(params.id)),
  );
  route(app, options, 'createOrganisationFeed', ({ services, actor, params }) =>
    createFeed(services, actor, organisation(params.id)),
  );
  route(app, options, 'revokeOrganisationFeed', ({ services, actor, params }) =>
    revokeFeed(services, actor, organisation(params.id)),
  );
  route(app, options, 'calendarIcs', async ({ services, params, reply }) => {
    const body = await renderFeed(services, params.token);
    // Calendar apps poll; a secret address must not end up in shared caches.
    void reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300');
    return body;
  });
}
