import { asc } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { endorsements } from './tables.js';

/**
 * Every endorsement, exactly as signed (declined ones too: they are still true), one JSON document
 * per line, oldest first: what `territoires endorsements export` writes.
 */
export async function* signedEndorsements(db: Db, pageSize = 500): AsyncGenerator<string> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await db
      .select({ credential: endorsements.credential })
      .from(endorsements)
      .orderBy(asc(endorsements.createdAt), asc(endorsements.id))
      .limit(pageSize)
      .offset(offset);
    for (const row of page) yield JSON.stringify(row.credential);
    if (page.length < pageSize) return;
  }
}
