import { api, type RouteName } from '@territoires/contracts';
import type { InjectOptions } from 'fastify';
import type { Services } from '../services.js';
import type { Client } from './app.js';
import type { loginParticipant } from './participant-clients.js';
import type { followedParticipant, Viewer, World } from './world.js';

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
  /** A participant followed by the world's référent, in discovery. */
  fresh: () => ReturnType<typeof followedParticipant>;
  now: Date;
}

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
