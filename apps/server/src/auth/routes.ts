import type { FastifyInstance } from 'fastify';
import { UnauthenticatedError } from '../errors/index.js';
import { route, type RouteOptions } from '../http/route.js';
import { SESSION_COOKIE, type SessionCache } from './plugin.js';
import { login, logout, sessionOf, type Capabilities } from './service.js';
import type { LoginThrottle } from './throttle.js';

/** The per-account brake on password guessing, and how to wait (the world, passed in). */
export interface LoginGuard {
  throttle: LoginThrottle;
  sleep: (ms: number) => Promise<void>;
}

export function authRoutes(
  app: FastifyInstance,
  options: RouteOptions & {
    secureCookies: boolean;
    sessions: SessionCache;
    capabilities: Capabilities;
    loginGuard: LoginGuard;
  },
): void {
  route(
    app,
    options,
    'login',
    async ({ body, services, reply }) => {
      const { token, session, expiresAt } = await guardedLogin(options, services, body);
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

/** Waits out the account's delay, then checks the password and counts the outcome. */
async function guardedLogin(
  options: { capabilities: Capabilities; loginGuard: LoginGuard },
  services: Parameters<typeof login>[0],
  body: { email: string; password: string },
): ReturnType<typeof login> {
  const { throttle, sleep } = options.loginGuard;
  const now = () => services.clock().getTime();
  const wait = throttle.delayFor(body.email, now());
  if (wait > 0) await sleep(wait);
  try {
    const result = await login(services, body.email, body.password, options.capabilities);
    throttle.succeeded(body.email);
    return result;
  } catch (error) {
    if (error instanceof UnauthenticatedError) throttle.failed(body.email, now());
    throw error;
  }
}
