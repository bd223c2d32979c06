import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { installAuth, type SessionCache } from './auth/plugin.js';
import { authRoutes } from './auth/routes.js';
import type { Capabilities } from './auth/service.js';
import { capabilitiesOf } from './capabilities.js';
import { installErrorHandler, notFoundBody } from './http/error-handler.js';
import { buildOpenApi } from './http/openapi.js';
import { route, type RouteOptions } from './http/route.js';
import { serveWebApp } from './http/static.js';
import { organisationRoutes } from './organisations/routes.js';
import { participantRoutes } from './participants/routes.js';
import { pathwayRoutes } from './pathway/routes.js';
import { noteRoutes } from './notes/routes.js';
import { alertRoutes } from './alerts/routes.js';
import { experienceRoutes } from './experiences/routes.js';
import { reflectionRoutes } from './reflections/routes.js';
import { attendanceRoutes } from './attendance/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { cardRoutes } from './cards/routes.js';
import { registrationRoutes } from './registrations/routes.js';
import { participantSpaceRoutes } from './participant-space/routes.js';
import { activityRoutes } from './activities/routes.js';
import type { Services } from './services.js';

export const BODY_LIMIT = 1024 * 1024;

/** What a domain's routes are registered with: the route options, cookie settings, the session cache. */
export interface DomainOptions extends RouteOptions {
  secureCookies: boolean;
  sessions: SessionCache;
  capabilities: Capabilities;
}

type RegisterRoutes = (app: FastifyInstance, options: DomainOptions) => void | Promise<void>;

/**
 * Every domain of the server, one line each, in registration order: a new domain adds its line
 * here (and its import above), nothing else in this file.
 */
const DOMAINS: readonly RegisterRoutes[] = [
  authRoutes,
  organisationRoutes,
  participantRoutes,
  pathwayRoutes,
  noteRoutes,
  alertRoutes,
  experienceRoutes,
  reflectionRoutes,
  registrationRoutes,
  attendanceRoutes,
  cardRoutes,
  calendarRoutes,
  participantSpaceRoutes,
  activityRoutes,
];

export interface AppOptions {
  services: Services;
  version: string;
  /** The built web app (apps/web/dist), served with an SPA fallback when present. */
  webDist?: string | undefined;
  logger?: boolean;
  validateResponses?: boolean;
  secureCookies?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, trustProxy: true });
  installErrorHandler(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const secureCookies = options.secureCookies ?? false;
  const sessions = installAuth(app, options.services, { secureCookies });

  const routeOptions: RouteOptions = {
    services: options.services,
    validateResponses: options.validateResponses ?? false,
  };
  const openapi = buildOpenApi(options.version);
  app.get('/api/openapi.json', () => openapi);
  route(app, routeOptions, 'health', () =>
    Promise.resolve({
      status: 'ok' as const,
      version: options.version,
      database: options.services.database.kind,
    }),
  );
  for (const register of DOMAINS)
    await register(app, { ...routeOptions, secureCookies, sessions, capabilities: capabilitiesOf });

  const webPage = await serveWebApp(app, options.webDist);
  app.setNotFoundHandler((request, reply) => {
    if (webPage !== undefined && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return webPage(request.url, reply);
    }
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}
