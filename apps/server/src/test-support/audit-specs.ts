import { api, type RouteName } from '@territoires/contracts';
import type { InjectOptions } from 'fastify';
import type { Services } from '../services.js';
import type { Client } from './app.js';
import type { loginParticipant } from './participant-clients.js';
import { expect } from 'vitest';
import type { followedParticipant, Stage, Viewer, World } from './world.js';

// What the audit test (audit/audit.test.ts) expects of each write route; each domain states its own.

export interface Prepared {
  options: InjectOptions;
  who: Viewer;
  /**
   * Another client than the viewer's (a participant signed in to their space); the audit event's
   * actor is then `actorId`.
   */
  as?: { client: Pick<Client, 'request'>; actorId: string | null };
}
export interface Expected {
  action: string;
  entityType: string;
  /** The audited entity's id, read from the response (or the participant just prepared). */
  entityId: (response: Record<string, unknown>) => unknown;
  before: unknown;
  after: Record<string, unknown> | null;
}
export interface Spec {
  prepare: () => Promise<Prepared>;
  expected: Expected;
}

/** The audit test's world, read when a spec runs (it is built in beforeAll). */
export interface AuditFixture {
  app: Parameters<typeof loginParticipant>[0];
  services: Services;
  world: World;
  clients: Record<'coordination' | 'referent', Client>;
  /** A participant followed by the world's référent, in discovery unless another stage is asked for. */
  fresh: (stage?: Stage) => ReturnType<typeof followedParticipant>;
  now: Date;
}

/** The audit test's clock: every audit event is dated then. */
export const AUDIT_NOW = new Date('2026-04-02T09:30:00.000Z');

export const routeUrl = (name: RouteName, id = '', contractId = '') =>
  api[name].path.replace(':id', id).replace(':contractId', contractId);

export const write = (
  name: RouteName,
  id: string,
  payload: object,
  contractId = '',
): InjectOptions => ({
  method: api[name].method,
  url: routeUrl(name, id, contractId),
  payload,
});

export const own = (r: Record<string, unknown>) => r.id;

/** Any id: for entities the response does not name (cards, feeds, registrations cancelled). */
export function anyId(): unknown {
  return expect.any(String) as unknown;
}

/** The first contract's or exit's id in a participant file answered by the route. */
export const firstOf = (key: 'contracts' | 'exits') => (r: Record<string, unknown>) =>
  (r[key] as { id: string }[])[0]?.id;
