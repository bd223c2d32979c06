import type { Tx } from '../db/database.js';
import { auditEvents } from '../db/schema.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const auditRow = (entry: AuditEntry, at: Date): typeof auditEvents.$inferInsert => ({
  actorId: entry.actorId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before ?? null,
  after: entry.after ?? null,
  at: at.toISOString(),
});

/** Written in the caller's transaction: a write and its audit event land together or not at all. */
export async function recordAudit(tx: Tx, entry: AuditEntry, at: Date): Promise<void> {
  await recordAudits(tx, [entry], at);
}

/** The same rows as recordAudit(), in one statement for a whole batch (attendance sync). */
export async function recordAudits(
  tx: Tx,
  entries: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(entries.map((entry) => auditRow(entry, at)));
}
