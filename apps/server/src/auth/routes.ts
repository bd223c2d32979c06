import type { FastifyInstance } from 'fastify';
import { UnauthenticatedError } from '../errors/index.js';
import { route, type RouteOptions } from '../http/route.js';
import { SESSION_COOKIE, type SessionCache } from './plugin.js';
import { login, logout, sessionOf, type Capabilities } from './service.js';

export function authRoutes(
  app: FastifyInstance,
  options: RouteOptions & {
    secureCookies: boolean;
    sessions: SessionCache;
    capabilities: Capabilities;
  },
): void {
  route(
    app,
    options,
    'login',
    async ({ body, services, reply }) => {
      const { token, session, expiresAt } = await login(
        services,
        body.email,
        body.password,
        options.capabilities,
      );
      void reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/',
        expires: expiresAt,
      });
      return session;
    },
    // Slows password guessing: 10 attempts a minute per address.
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );

  route(app, options, 'logout', async ({ request, services, reply }) => {
    if (request.sessionInfo) {
      options.sessions.evict(request.sessionInfo.tokenHash);
      await logout(services, request.sessionInfo.tokenHash);
    }
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  route(app, options, 'me', async ({ request, actor, services }) => {
    const info = request.sessionInfo;
    if (!info) throw new UnauthenticatedError();
    return sessionOf(
      services,
      {
        staffId: actor.staffId,
        email: info.email,
        displayName: actor.displayName,
        csrfToken: info.csrfToken,
      },
      options.capabilities,
    );
  });
}
