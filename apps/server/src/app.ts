import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { installAuth, type SessionCache } from './auth/plugin.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { authRoutes, type LoginGuard } from './auth/routes.js';
import { loginThrottle } from './auth/throttle.js';
import type { Capabilities } from './auth/service.js';
import { capabilitiesOf } from './capabilities.js';
import { installErrorHandler, notFoundBody } from './http/error-handler.js';
import { installHeaders } from './http/headers.js';
import { installLimits, JSON_REQUEST_TIMEOUT_MS } from './http/limits.js';
import { installRequestIds, loggerOptions, requestIdOptions } from './http/logging.js';
import { buildOpenApi } from './http/openapi.js';
import { route, type RouteOptions } from './http/route.js';
import { serveWebApp } from './http/static.js';
import { organisationRoutes } from './organisations/index.js';
import { participantRoutes } from './participants/index.js';
import { pathwayRoutes } from './pathway/index.js';
import { noteRoutes } from './notes/index.js';
import { alertRoutes } from './alerts/index.js';
import { experienceRoutes } from './experiences/index.js';
import { reflectionRoutes } from './reflections/index.js';
import { attendanceRoutes } from './attendance/index.js';
import { calendarRoutes } from './calendar/index.js';
import { cardRoutes } from './cards/index.js';
import { registrationRoutes } from './registrations/index.js';
import { participantSpaceRoutes } from './participant-space/index.js';
import { activityRoutes } from './activities/index.js';
import { transferRoutes } from './transfers/index.js';
import { badgesRoutes } from './badges/index.js';
import { accountsRoutes } from './accounts/index.js';
import { DEFAULT_PROGRAMME, indicatorsRoutes, type Programme } from './indicators/index.js';
import { surveysRoutes } from './surveys/index.js';
import type { Services } from './services.js';

export const BODY_LIMIT = 1024 * 1024;

/** What a domain's routes are registered with: the route options, cookie settings, the session cache. */
export interface DomainOptions extends RouteOptions {
  secureCookies: boolean;
  sessions: SessionCache;
  capabilities: Capabilities;
  loginGuard: LoginGuard;
  /** The origin of every link and QR code (PUBLIC_URL), never a request's Host header. */
  publicUrl: string;
  /** The public verifier's fetch and rate (badges/verifier): loopback issuers in tests only. */
  verifier?: { allowLoopback?: boolean; perMinute?: number } | undefined;
  /** The programme's start and targets (PROGRAMME_START, TARGET_ENGAGED…: indicators/programme.ts). */
  programme: Programme;
  /** The key of the evaluators' pseudonymous ids (indicators/pseudonyms.ts). */
  pseudonymKey: Buffer;
}

type RegisterRoutes = (app: FastifyInstance, options: DomainOptions) => void | Promise<void>;

/**
 * Every domain of the server, one line each, in registration order: a new domain adds its line
 * here (and its import above), nothing else in this file. The key is the domain's folder: the
 * completeness tests find each domain's test data in `<folder>/test-support/index.ts` from it.
 */
export const DOMAINS = {
  auth: authRoutes,
  organisations: organisationRoutes,
  participants: participantRoutes,
  pathway: pathwayRoutes,
  notes: noteRoutes,
  alerts: alertRoutes,
  experiences: experienceRoutes,
  reflections: reflectionRoutes,
  registrations: registrationRoutes,
  attendance: attendanceRoutes,
  cards: cardRoutes,
  calendar: calendarRoutes,
  'participant-space': participantSpaceRoutes,
  activities: activityRoutes,
  transfers: transferRoutes,
  badges: badgesRoutes,
  accounts: accountsRoutes,
  indicators: indicatorsRoutes,
  surveys: surveysRoutes,
} as const satisfies Record<string, RegisterRoutes>;

export type DomainName = keyof typeof DOMAINS;

export interface AppOptions {
  services: Services;
  version: string;
  /** The built web app (apps/web/dist), served with an SPA fallback when present. */
  webDist?: string | undefined;
  /** Structured logs (http/logging.ts): the serve command's settings, or a pino instance (tests). */
  logger?: boolean;
  loggerInstance?: FastifyBaseLogger;
  validateResponses?: boolean;
  secureCookies?: boolean;
  /** TRUST_PROXY (config.ts): off unless configured, so no client header moves a rate limit. */
  trustProxy?: false | number | string[];
  publicUrl?: string;
  /** How long a JSON request may take to arrive (http/limits.ts); tests shorten it. */
  jsonRequestTimeoutMs?: number;
  /** The public verifier: tests let it fetch outside issuers served on the loopback. */
  verifier?: { allowLoopback?: boolean; perMinute?: number };
  /** How the login brake waits (tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
  /** The programme's start and targets; the defaults of indicators/programme.ts when not given. */
  programme?: Programme;
  /** The pseudonym key (serve: PSEUDONYM_KEY or <DATA_DIR>/pseudonym.key); a key of this process when not given. */
  pseudonymKey?: Buffer;
}

/** Headers must arrive within 10 s; a whole request within 5 minutes (uploads), JSON routes 30 s (http/limits.ts). */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 5 * 60_000;
export const CONNECTION_TIMEOUT_MS = 5 * 60_000;

/** Our pino logger (http/logging.ts) when logs are on; tests pass their own instance. */
function loggerSetting(options: AppOptions) {
  const instance = options.loggerInstance ?? (options.logger ? pino(loggerOptions()) : undefined);
  return instance ? { loggerInstance: instance } : { logger: false };
}

/** A hop count trusts that many proxies in front of us; addresses trust only those proxies. */
const trustedProxies = (setting: false | number | string[]) =>
  typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggerSetting(options),
    ...requestIdOptions,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustedProxies(options.trustProxy ?? false),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
  app.server.headersTimeout = HEADERS_TIMEOUT_MS;
  installLimits(app, options.jsonRequestTimeoutMs ?? JSON_REQUEST_TIMEOUT_MS);
  installRequestIds(app);
  installErrorHandler(app);
  await installHeaders(app, options.secureCookies ?? false);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  const secureCookies = options.secureCookies ?? false;
  const sessions = installAuth(app, options.services, { secureCookies });

  const routeOptions: RouteOptions = {
    services: options.services,
    validateResponses: options.validateResponses ?? false,
  };
  const domainWorld = {
    secureCookies,
    sessions,
    capabilities: capabilitiesOf,
    loginGuard: { throttle: loginThrottle(), sleep: options.sleep ?? sleep },
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    verifier: options.verifier,
    programme: options.programme ?? DEFAULT_PROGRAMME,
    pseudonymKey: options.pseudonymKey ?? randomBytes(32),
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
  for (const register of Object.values(DOMAINS))
    await register(app, { ...routeOptions, ...domainWorld });

  const webPage = await serveWebApp(app, options.webDist);
  app.setNotFoundHandler((request, reply) => {
    if (webPage !== undefined && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return webPage(request.url, reply);
    }
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}
