import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
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

/**
 * The key objectives of the participant's latest contract (active, or ended after an exit), in
 * their order; removed ones aside.
 */
export async function latestContractObjectives(db: Executor, participantId: string) {
  const [latest] = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(eq(contracts.participantId, participantId))
    .orderBy(desc(contracts.number))
    .limit(1);
  if (!latest) return [];
  return db
    .select({ id: contractObjectives.id, text: contractObjectives.text })
    .from(contractObjectives)
    .where(and(eq(contractObjectives.contractId, latest.id), isNull(contractObjectives.removedAt)))
    .orderBy(asc(contractObjectives.position));
}
