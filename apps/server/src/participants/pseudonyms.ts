import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { participants } from '../db/schema.js';

/** Pseudonyms by participant id: what another domain may show of a person (badges' proposals). */
export async function participantPseudonyms(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: participants.id, pseudonym: participants.pseudonym })
    .from(participants)
    .where(inArray(participants.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.pseudonym]));
}
