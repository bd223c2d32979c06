import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal.js';
import { staffIdOf } from '../auth/principal.js';
import { recordAudit } from '../audit/record.js';
import { reflectionExperiences, reflectionObjectives, reflections } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { requireRecordAccess } from '../experiences/index.js';
import type { Services } from '../services.js';
import { requireDeletableBy } from './policy.js';
import { deleteReflectionRow, deletionFacts, reflectionOwner } from './repository.js';

/**
 * Deletes a reflexivity time its author started and left empty. Audited (who, for whom, the day and
 * the experiences it was about); the timeline keeps its "started" line, as it keeps every step.
 */
export async function deleteReflection(
  services: Services,
  who: Principal,
  id: string,
): Promise<{ ok: true }> {
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const participantId = await reflectionOwner(tx, id);
    await requireRecordAccess(tx, who, participantId, 'Reflection');
    const [row] = await tx.select().from(reflections).where(eq(reflections.id, id)).for('update');
    if (!row) throw new NotFoundError('Reflection');
    const objectives = await tx
      .select({ id: reflectionObjectives.objectiveId })
      .from(reflectionObjectives)
      .where(eq(reflectionObjectives.reflectionId, id));
    requireDeletableBy(who, deletionFacts(row, objectives.length));
    const experiences = await tx
      .select({ id: reflectionExperiences.experienceId })
      .from(reflectionExperiences)
      .where(eq(reflectionExperiences.reflectionId, id));
    await deleteReflectionRow(tx, id);
    await recordAudit(
      tx,
      {
        actorId: staffIdOf(who),
        action: 'reflection.delete',
        entityType: 'reflection',
        entityId: id,
        before: {
          participantId,
          heldOn: row.heldOn,
          createdByStaffId: row.createdByStaffId,
          experienceIds: experiences.map((e) => e.id),
        },
        after: { by: who.kind },
      },
      now,
    );
  });
  return { ok: true };
}
