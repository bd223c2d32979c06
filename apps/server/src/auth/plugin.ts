import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../services.js';
import { ForbiddenError } from '../errors/index.js';
import type { Actor } from './actor.js';
import { findSession, membershipsOf } from './repository.js';
import { hashToken, sameToken } from './tokens.js';

export const SESSION_COOKIE = 'tp_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionInfo: { tokenHash: string; csrfToken: string; email: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function loadSession(request: FastifyRequest, services: Services): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const tokenHash = hashToken(token);
  const { db } = services.database;
  const session = await findSession(db, tokenHash, services.clock());
  if (!session) return;
  const roles = await membershipsOf(db, session.staffId);
  request.actor = {
    staffId: session.staffId,
    displayName: session.displayName,
    memberships: roles.map(({ organisationId, role }) => ({ organisationId, role })),
  };
  request.sessionInfo = { tokenHash, csrfToken: session.csrfToken, email: session.email };
}

/**
 * Resolves the session cookie into an actor. Writes from a session must echo its CSRF token in a
 * header, which a cross-site form cannot do (double-submit with a server-side secret).
 */
export function installAuth(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionInfo', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    await loadSession(request, services);
    if (SAFE_METHODS.has(request.method) || !request.sessionInfo) return;
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !sameToken(header, request.sessionInfo.csrfToken)) {
      throw new ForbiddenError('auth.csrf_invalid', 'Missing or wrong CSRF token.');
    }
  });
}
