import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';

export type Fingerprint = Record<string, string[]>;

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  (result as { rows: Record<string, unknown>[] }).rows;

/**
 * Every row of every table of the application schema, as sorted JSON text: two equal fingerprints
 * mean that nothing at all was written in between. Test databases are small, so this stays cheap.
 */
export async function fingerprint(db: Db): Promise<Fingerprint> {
  const tables = rowsOf(
    await db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  ).map((r) => String(r.name));
  const result: Fingerprint = {};
  for (const table of tables) {
    const rows = rowsOf(
      await db.execute(
        sql`select row_to_json(t)::text as r from ${sql.identifier(table)} t order by 1`,
      ),
    );
    result[table] = rows.map((r) => String(r.r));
  }
  return result;
}

/** How many audit events exist, optionally for one entity. */
export async function auditCount(db: Db): Promise<number> {
  const rows = rowsOf(await db.execute(sql`select count(*)::int as n from audit_events`));
  return Number(rows[0]?.n ?? 0);
}
