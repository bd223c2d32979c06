import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type SessionCache } from '../auth/plugin.js';
import { loggedError } from '../http/logging.js';
import { route, type RouteOptions } from '../http/route.js';
import { acceptInvitation, previewInvitation } from './accept.js';
import {
  cancelInvitation,
  createInvitation,
  listInvitations,
  resendInvitation,
} from './invitations.js';
import { accountAssignments } from './assignments.js';
import { mailBrake } from './mail-brake.js';
import { changePassword, createResetLink, forgotPassword, resetPassword } from './passwords.js';
import { deactivateAccount, listAccounts, mySessions, signOutEverywhere } from './service.js';

export interface AccountRouteOptions extends RouteOptions {
  sessions: SessionCache;
  publicUrl: string;
}

/** An e-mail that could not go out is logged without its address or content. */
const logFailure = (request: FastifyRequest) => (error: unknown) => {
  request.log.warn({ err: loggedError(error) }, 'e-mail not sent');
};

function sessionOf(request: FastifyRequest) {
  const info = request.sessionInfo;
  if (!info) throw new Error('a staff route without its session');
  return info;
}

function passwordRoutes(app: FastifyInstance, options: AccountRouteOptions): void {
  const brake = mailBrake();
  route(
    app,
    options,
    'forgotPassword',
    ({ services, body, request }) =>
      forgotPassword(services, body.email, {
        publicUrl: options.publicUrl,
        mayMail: (email) => brake.mayMail(email, services.clock().getTime()),
        log: logFailure(request),
      }),
    // Like login: 10 requests a minute per client address.
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
  route(
    app,
    options,
    'resetPassword',
    ({ services, body }) => resetPassword(services, body, options.sessions),
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
  route(app, options, 'changePassword', ({ services, actor, body, request }) =>
    changePassword(services, actor, body, sessionOf(request), options.sessions),
  );
  route(app, options, 'createResetLink', ({ services, actor, params }) =>
    createResetLink(services, actor, params.id, options.publicUrl),
  );
}

function invitationRoutes(app: FastifyInstance, options: AccountRouteOptions): void {
  const context = (request: FastifyRequest) => ({
    publicUrl: options.publicUrl,
    log: logFailure(request),
  });
  route(app, options, 'listInvitations', ({ services, actor }) => listInvitations(services, actor));
  route(app, options, 'createInvitation', ({ services, actor, body, request }) =>
    createInvitation(services, actor, body, context(request)),
  );
  route(app, options, 'resendInvitation', ({ services, actor, params, request }) =>
    resendInvitation(services, actor, params.id, context(request)),
  );
  route(app, options, 'cancelInvitation', ({ services, actor, params }) =>
    cancelInvitation(services, actor, params.id),
  );
  route(app, options, 'previewInvitation', ({ services, params }) =>
    previewInvitation(services, params.token),
  );
  route(
    app,
    options,
    'acceptInvitation',
    ({ services, body }) => acceptInvitation(services, body),
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
}

export function accountsRoutes(app: FastifyInstance, options: AccountRouteOptions): void {
  route(app, options, 'listAccounts', ({ services, actor, query }) =>
    listAccounts(services, actor, query),
  );
  route(app, options, 'deactivateAccount', ({ services, actor, params }) =>
    deactivateAccount(services, actor, params.id, options.sessions),
  );
  route(app, options, 'accountAssignments', ({ services, actor, params }) =>
    accountAssignments(services, actor, params.id),
  );
  route(app, options, 'mySessions', ({ services, actor, request }) =>
    mySessions(services, actor, sessionOf(request).tokenHash),
  );
  route(app, options, 'signOutEverywhere', async ({ services, actor, reply }) => {
    const result = await signOutEverywhere(services, actor, options.sessions);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return result;
  });
  invitationRoutes(app, options);
  passwordRoutes(app, options);
}
