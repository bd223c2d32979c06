import type { ParticipantDetail, RouteName } from '@territoires/contracts';
import type { makeOpenSession } from '../attendance/test-support/factories.js';
import type { Services } from '../services.js';
import { VIEWERS, type Stage, type Viewer, type World } from './world.js';

// The permission matrix (participants/permissions.test.ts) sends each route a request that would
// succeed for someone allowed; each domain states its own requests (<domain>/test-support/permission-cells.ts).

/** One request: what goes in the path, the query and the body. */
export interface Cell {
  params?: { id?: string; contractId?: string; token?: string };
  query?: Record<string, string>;
  body?: unknown;
  /** A raw body with its own content type (multipart uploads). */
  raw?: { payload: Buffer; headers: Record<string, string> };
}

export type Cells<N extends RouteName> = Record<N, () => Promise<Cell>>;

/** The matrix's world, read when a request is made (it is built in beforeAll). */
export interface CellFixture {
  services: Services;
  world: World;
  /** A participant shared by the read-only routes: followed, with a contract, a profile and notes. */
  shared: ParticipantDetail;
  /** An activity of the partner organisation, with one session, for the catalogue routes. */
  sharedActivity: string;
  sharedSession: string;
  /** Writes get a participant of their own. */
  fresh: (stage: Stage) => Promise<ParticipantDetail>;
  /** A session of the partner organisation, open for registration. */
  partnerSession: () => ReturnType<typeof makeOpenSession>;
  /** The test clock's day. */
  today: string;
}

/** The matrix's columns: nobody signed in, then every viewer of the world (see world.ts). */
export type Who = 'anonymous' | Viewer;
export const WHO: readonly Who[] = ['anonymous', ...VIEWERS];
/** The status each viewer gets from one route. */
export type Row = Record<Who, number>;
/** A domain's rows of the permission matrix: one per route it describes. */
export type Matrix<N extends RouteName> = Record<N, Row>;

/** One row of the matrix; the statuses in the order of WHO. */
export const row = (...statuses: number[]): Row => {
  if (statuses.length !== WHO.length) throw new Error('one status per column');
  return Object.fromEntries(WHO.map((who, i) => [who, statuses[i]])) as Row;
};
