import type { ObjectiveProgress } from '@territoires/contracts';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit/record.js';
import type { Actor, ParticipantActor } from '../../auth/actor.js';
import type { Db, Tx } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../errors/index.js';
import { levelFor } from '../../participants/index.js';
import { latestContractObjectives } from '../../pathway/index.js';
import type { Services } from '../../services.js';
import { requireAwardsVisible, requireLinkObjectives, requireOwnAward } from '../policy.js';
import { achievements, awards, objectiveBadges } from '../tables.js';

// Key objectives proven by badges (issue 17): an objective of the participant's latest contract is
// reached once one of its linked badges is accepted (a revoked one no longer proves it).

export async function objectiveProgress(
  db: Db | Tx,
  participantId: string,
): Promise<ObjectiveProgress> {
  const objectives = await latestContractObjectives(db, participantId);
  const ids = objectives.map((o) => o.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({
            objectiveId: objectiveBadges.objectiveId,
            awardId: awards.id,
            name: achievements.name,
            status: awards.status,
          })
          .from(objectiveBadges)
          .innerJoin(awards, eq(awards.id, objectiveBadges.awardId))
          .innerJoin(achievements, eq(achievements.id, awards.achievementId))
          .where(
            and(
              inArray(objectiveBadges.objectiveId, ids),
              eq(awards.participantId, participantId),
              ne(awards.status, 'declined'),
            ),
          )
          .orderBy(achievements.name);
  const shown = objectives.map((objective) => {
    const badges = links
      .filter((link) => link.objectiveId === objective.id)
      .map(({ awardId, name, status }) => ({ awardId, name, status }));
    return { ...objective, reached: badges.some((b) => b.status === 'accepted'), badges };
  });
  return {
    reached: shown.filter((o) => o.reached).length,
    total: shown.length,
    objectives: shown,
  };
}

/** Replaces the objectives a badge proves; one audit event (counts, never the texts). */
async function link(
  tx: Tx,
  award: { id: string; participantId: string },
  objectiveIds: string[],
  actorId: string | null,
  now: Date,
): Promise<void> {
  const allowed = new Set(
    (await latestContractObjectives(tx, award.participantId)).map((o) => o.id),
  );
  const wanted = [...new Set(objectiveIds)];
  if (wanted.some((id) => !allowed.has(id)))
    throw new ValidationError(
      'badges.objective_not_in_contract',
      'Link the key objectives of the participant’s contract only.',
    );
  const removed = await tx
    .delete(objectiveBadges)
    .where(eq(objectiveBadges.awardId, award.id))
    .returning({ id: objectiveBadges.objectiveId });
  if (wanted.length > 0)
    await tx.insert(objectiveBadges).values(
      wanted.map((objectiveId) => ({
        objectiveId,
        awardId: award.id,
        linkedAt: now.toISOString(),
        linkedById: actorId,
      })),
    );
  await recordAudit(
    tx,
    {
      actorId,
      action: 'award.objectives',
      entityType: 'award',
      entityId: award.id,
      before: { objectives: removed.length },
      after: { objectives: wanted.length },
    },
    now,
  );
}

async function lockedAward(tx: Tx, awardId: string) {
  const [award] = await tx
    .select({ id: awards.id, participantId: awards.participantId, status: awards.status })
    .from(awards)
    .where(eq(awards.id, awardId))
    .for('update');
  if (!award || award.status === 'declined') throw new NotFoundError('Award');
  return award;
}

export const myObjectives = (services: Services, participant: ParticipantActor) =>
  objectiveProgress(services.database.db, participant.participantId);

export function linkMyAwardObjectives(
  services: Services,
  participant: ParticipantActor,
  awardId: string,
  objectiveIds: string[],
): Promise<ObjectiveProgress> {
  return services.database.db.transaction(async (tx) => {
    const award = await lockedAward(tx, awardId);
    requireOwnAward(participant.participantId, award);
    await link(tx, award, objectiveIds, null, services.clock());
    return objectiveProgress(tx, award.participantId);
  });
}

export async function participantObjectives(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<ObjectiveProgress> {
  const { db } = services.database;
  requireAwardsVisible(await levelFor(db, actor, participantId));
  return objectiveProgress(db, participantId);
}

export function linkAwardObjectives(
  services: Services,
  actor: Actor,
  awardId: string,
  objectiveIds: string[],
): Promise<ObjectiveProgress> {
  return services.database.db.transaction(async (tx) => {
    const award = await lockedAward(tx, awardId);
    requireLinkObjectives(await levelFor(tx, actor, award.participantId));
    await link(tx, award, objectiveIds, actor.staffId, services.clock());
    return objectiveProgress(tx, award.participantId);
  });
}
