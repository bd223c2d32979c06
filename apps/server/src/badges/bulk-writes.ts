import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';

/** An accepted award's new columns (acceptance.ts, acceptedColumns). */
export interface AcceptedRow {
  id: string;
  status: 'accepted';
  acceptedAt: string;
  acceptedById: string | null;
  recipientName: string | null;
  credential: Record<string, unknown>;
  validUntil: string | null;
  statusListId: string;
  statusIndex: number;
}

/** Rows per statement: 9 parameters each, far below PostgreSQL's 65,535. */
const CHUNK = 500;

/**
 * Writes a large batch a slice at a time (1,000 rows by default: timeline and audit rows have 5 to
 * 7 parameters each, a re-issued award 20), so that no statement passes PostgreSQL's 65,535.
 */
export async function inChunks<T>(
  rows: readonly T[],
  write: (slice: T[]) => Promise<unknown>,
  size = 1_000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

const valuesOf = (row: AcceptedRow) =>
  sql`(${row.id}::uuid, ${row.status}, ${row.acceptedAt}::timestamptz, ${row.acceptedById}::uuid,
    ${row.recipientName}::text, ${JSON.stringify(row.credential)}::jsonb,
    ${row.validUntil}::timestamptz, ${row.statusListId}::uuid, ${row.statusIndex}::integer)`;

/** Many awards accepted: one UPDATE … FROM (VALUES …) per 500, instead of one per award. */
export async function updateAwards(tx: Tx, rows: readonly AcceptedRow[]): Promise<void> {
  await inChunks(
    rows,
    (chunk) =>
      tx.execute(sql`
      update awards set
        status = v.status, accepted_at = v.accepted_at, accepted_by_id = v.accepted_by_id,
        recipient_name = v.recipient_name, credential = v.credential, valid_until = v.valid_until,
        status_list_id = v.status_list_id, status_index = v.status_index
      from (values ${sql.join(chunk.map(valuesOf), sql`, `)})
        as v(id, status, accepted_at, accepted_by_id, recipient_name, credential, valid_until,
             status_list_id, status_index)
      where awards.id = v.id`),
    CHUNK,
  );
}
