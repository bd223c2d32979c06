import { bigint, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * One row: bumped by a trigger in the transaction of every write to a table that a share page or the
 * verification of one of our credentials reads (ADR 0028). Visible at commit with the data, so a
 * result computed after reading version n is still true while the row reads n, whichever process
 * wrote.
 */
export const readVersions = pgTable('read_versions', {
  id: integer('id').primaryKey().default(1),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});
