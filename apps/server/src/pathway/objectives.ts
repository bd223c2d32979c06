import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { contractObjectives, contracts } from '../db/schema.js';

// The key objectives of contracts, as other domains read them (reflexivity times link them).

type Executor = Db | Tx;

/** Of these objectives, the current key objectives of the participant's active contract. */
export async function activeObjectiveIds(
  db: Executor,
  participantId: string,
  ids: string[],
): Promise<string[]> {
  const rows = await db
    .select({ id: contractObjectives.id })
    .from(contractObjectives)
    .innerJoin(contracts, eq(contracts.id, contractObjectives.contractId))
    .where(
      and(
        eq(contracts.participantId, participantId),
        eq(contracts.status, 'active'),
        isNull(contractObjectives.removedAt),
        inArray(contractObjectives.id, ids),
      ),
    );
  return rows.map((r) => r.id);
}

/** These objectives with their text, in their contract's order. */
export const objectivesByIds = (db: Executor, ids: string[]) =>
  db
    .select({ id: contractObjectives.id, text: contractObjectives.text })
    .from(contractObjectives)
    .where(inArray(contractObjectives.id, ids))
    .orderBy(asc(contractObjectives.position));
