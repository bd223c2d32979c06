import type { AlertKind } from '@territoires/contracts';
import { ALERT_KINDS } from '@territoires/contracts';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { participants } from '../db/schema.js';
import { loadFile } from './file-repository.js';
import { accessLevel, canSeeFile, requireVisible, type AccessLevel } from './policy.js';
import { presentParticipant } from './presenter.js';
import { accessFacts, alertConditions, findParticipant } from './repository.js';
import { inOrder } from '../db/in-order.js';

type Executor = Db | Tx;

/** The actor's access to a participant, without deciding anything (none for an unknown id). */
export async function levelFor(db: Executor, actor: Actor, id: string): Promise<AccessLevel> {
  const [row] = await db
    .select({ organisationId: participants.organisationId })
    .from(participants)
    .where(eq(participants.id, id));
  return row ? accessLevel(actor, await accessFacts(db, id, row.organisationId)) : 'none';
}

/** Reads a participant and the actor's access to it; someone who may not see it gets a 404, not a 403. */
export async function participantFor(db: Executor, actor: Actor, id: string) {
  const row = await findParticipant(db, id);
  const level = accessLevel(actor, await accessFacts(db, id, row.organisationId));
  requireVisible(level);
  return { row, level };
}

export async function alertsOf(db: Executor, id: string, now: Date): Promise<AlertKind[]> {
  const conditions = alertConditions(now);
  const rows = await db
    .select({
      contract_ending: sql<boolean>`${conditions.contract_ending}`,
      inactive: sql<boolean>`${conditions.inactive}`,
    })
    .from(participants)
    .where(eq(participants.id, id));
  const flags = rows[0];
  return flags ? ALERT_KINDS.filter((kind) => flags[kind]) : [];
}

export async function detailFor(db: Executor, id: string, level: AccessLevel, now: Date) {
  const row = await findParticipant(db, id);
  const [alerts, file] = await inOrder([
    () => alertsOf(db, id, now),
    () => (canSeeFile(level) ? loadFile(db, id) : null),
  ]);
  return presentParticipant(row, level, alerts, file);
}
