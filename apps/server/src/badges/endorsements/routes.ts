import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../../http/route.js';
import { endorsementChoices } from './choices.js';
import { answerMyEndorsement, myEndorsements } from './earner.js';
import { endorseAsOrganisation, endorseByInvitation } from './endorse.js';
import { createInvitation, createMyInvitation, previewInvitation } from './invitations.js';
import { endorserPages } from './pages.js';

/** Anyone with a link may open it: 30 tries a minute per address leaves 128-bit tokens unguessable. */
const PUBLIC_LIMIT = { rateLimit: { max: 30, timeWindow: '1 minute' } };

export function endorsementsRoutes(
  app: FastifyInstance,
  options: RouteOptions & { publicUrl: string },
): void {
  const { publicUrl, services } = options;
  route(app, options, 'endorsementChoices', ({ services: s, actor }) =>
    endorsementChoices(s, publicUrl, actor),
  );
  route(app, options, 'createEndorsementInvitation', ({ services: s, actor, body }) =>
    createInvitation(s, publicUrl, actor, body),
  );
  route(app, options, 'createMyEndorsementInvitation', ({ services: s, participant, params }) =>
    createMyInvitation(s, publicUrl, participant, params.id),
  );
  route(
    app,
    options,
    'previewEndorsementInvitation',
    ({ services: s, params }) => previewInvitation(s, publicUrl, params.token),
    PUBLIC_LIMIT,
  );
  route(
    app,
    options,
    'endorseByInvitation',
    ({ services: s, params, body }) => endorseByInvitation(s, publicUrl, params.token, body),
    PUBLIC_LIMIT,
  );
  route(app, options, 'endorseAsOrganisation', ({ services: s, actor, body }) =>
    endorseAsOrganisation(s, publicUrl, actor, body),
  );
  route(app, options, 'myEndorsements', ({ services: s, participant }) =>
    myEndorsements(s, participant),
  );
  route(app, options, 'acceptMyEndorsement', ({ services: s, participant, params }) =>
    answerMyEndorsement(s, participant, params.id, 'accepted'),
  );
  route(app, options, 'declineMyEndorsement', ({ services: s, participant, params }) =>
    answerMyEndorsement(s, participant, params.id, 'declined'),
  );
  endorserPages(app, services, publicUrl);
}
