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

/** Written in the caller's transaction: a write and its audit event land together or not at all. */
export async function recordAudit(tx: Tx, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    at: at.toISOString(),
  });
}
