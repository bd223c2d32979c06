import { asc, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { awards } from './tables.js';

/**
 * Every credential ever signed, exactly as signed (revoked ones too: their status list says so),
 * one JSON document per line, oldest first: what `territoires credentials export` writes.
 */
export async function* signedCredentials(db: Db, pageSize = 500): AsyncGenerator<string> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await db
      .select({ credential: awards.credential })
      .from(awards)
      .where(isNotNull(awards.credential))
      .orderBy(asc(awards.acceptedAt), asc(awards.id))
      .limit(pageSize)
      .offset(offset);
    for (const row of page) yield JSON.stringify(row.credential);
    if (page.length < pageSize) return;
  }
}
