import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { badgesItems } from './tables.js';

export const badgesOf = (db: Db | Tx, participantId: string) =>
  db
    .select()
    .from(badgesItems)
    .where(eq(badgesItems.participantId, participantId))
    .orderBy(desc(badgesItems.createdAt));
