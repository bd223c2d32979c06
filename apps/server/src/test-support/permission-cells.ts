import type { ParticipantDetail, RouteName } from '@territoires/contracts';
import type { makeOpenSession } from '../attendance/test-support/factories.js';
import type { Services } from '../services.js';
import type { Stage, World } from './world.js';

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
