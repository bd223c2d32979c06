import type { Principal } from '../auth/principal.js';
import type { Db, Tx } from '../db/database.js';
import { participantFor } from '../participants/index.js';
import { requirePersonalRecordAccess } from './policy.js';

/** Loads the facts the experiences policy needs (policy.ts) and applies it to the owner's records. */
export async function requireRecordAccess(
  db: Db | Tx,
  who: Principal,
  participantId: string,
  what: string,
): Promise<void> {
  const level =
    who.kind === 'staff' ? (await participantFor(db, who.actor, participantId)).level : null;
  requirePersonalRecordAccess(who, { ownerId: participantId, level }, what);
}

/** Access to a participant's experiences and reflexivity times as a whole. */
export const requireAccess = (db: Db | Tx, who: Principal, participantId: string): Promise<void> =>
  requireRecordAccess(db, who, participantId, 'Participant');
