import { api } from '@territoires/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadParticipantSession, type CookieSettings } from './participant-session.js';
import type { Services } from '../services.js';
import type { Actor, ParticipantActor } from './actor.js';
import { requireCsrfToken } from './policy.js';
import { findSession, membershipsOf } from './repository.js';
import { hashToken } from './tokens.js';

export const SESSION_COOKIE = 'tp_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set by the participant-space session (a different cookie from the staff session). */
    participant: ParticipantActor | null;
    sessionInfo: { tokenHash: string; csrfToken: string; email: string } | null;
    participantSession: { tokenHash: string; csrfToken: string } | null;
  }
  interface FastifyContextConfig {
    /** Whose session the route reads: set by http/route.ts from the contract (staff by default). */
    audience?: 'staff' | 'participant';
  }
}

/** Signing in again over an old session needs no token: the old session is not used for it. */
const SIGN_IN_PATHS = new Set<string>([api.login.path, api.participantSignIn.path]);

interface CachedSession {
  actor: Actor;
  info: NonNullable<FastifyRequest['sessionInfo']>;
  until: number;
}

/**
 * Sessions read in the last few seconds are kept in memory: two queries fewer per request. Logout,
 * deactivation and "sign out everywhere" on this process evict at once (one process serves the app,
 * ADR 4); a change made elsewhere (the command line) applies within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_CACHED = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  get(tokenHash: string, now: number): CachedSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (entry && entry.until > now) return entry;
    if (entry) this.entries.delete(tokenHash);
    return undefined;
  }
  set(tokenHash: string, entry: CachedSession): void {
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(tokenHash, entry);
  }
  evict(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }
  /** A deactivated account or a "sign out everywhere": none of that person's sessions stays cached. */
  evictStaff(staffId: string): void {
    for (const [tokenHash, entry] of this.entries)
      if (entry.actor.staffId === staffId) this.entries.delete(tokenHash);
  }
}

async function loadSession(
  request: FastifyRequest,
  services: Services,
  cache: SessionCache,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const tokenHash = hashToken(token);
  const now = services.clock();
  const cached = cache.get(tokenHash, now.getTime());
  if (cached) {
    request.actor = cached.actor;
    request.sessionInfo = cached.info;
    return;
  }
  const { db } = services.database;
  const session = await findSession(db, tokenHash, now);
  if (!session) return;
  const roles = await membershipsOf(db, session.staffId);
  request.actor = {
    staffId: session.staffId,
    displayName: session.displayName,
    memberships: roles.map(({ organisationId, role }) => ({ organisationId, role })),
  };
  request.sessionInfo = { tokenHash, csrfToken: session.csrfToken, email: session.email };
  cache.set(tokenHash, {
    actor: request.actor,
    info: request.sessionInfo,
    until: now.getTime() + SESSION_CACHE_MS,
  });
}

/**
 * Resolves the session cookie into an actor. Writes from a session must echo its CSRF token in a
 * header, which a cross-site form cannot do (double-submit with a server-side secret).
 * Each route reads the session of its own audience only: on a participant-space route the staff
 * cookie is ignored, and elsewhere the participant cookie is, so neither ever opens the other's routes.
 */
export function installAuth(
  app: FastifyInstance,
  services: Services,
  settings: CookieSettings,
): SessionCache {
  const cache = new SessionCache();
  app.decorateRequest('actor', null);
  app.decorateRequest('participant', null);
  app.decorateRequest('sessionInfo', null);
  app.decorateRequest('participantSession', null);
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const forParticipants = request.routeOptions.config.audience === 'participant';
    if (forParticipants) await loadParticipantSession(request, reply, services, settings);
    else await loadSession(request, services, cache);
    const expected = forParticipants
      ? request.participantSession?.csrfToken
      : request.sessionInfo?.csrfToken;
    requireCsrfToken({
      method: request.method,
      expected,
      signIn: SIGN_IN_PATHS.has(request.routeOptions.url ?? ''),
      header: request.headers[CSRF_HEADER],
    });
  });
  return cache;
}
