import { inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { organisations } from '../db/schema.js';
import { ForbiddenError } from '../errors/index.js';

/**
 * Who manages an organisation's activities: coordination everywhere; its org_admin and partner staff;
 * its référents and coordinateurs when it is a consortium member (they run workshops there too).
 */
export function mayManage(actor: Actor, organisationId: string, organisationKind: string): boolean {
  if (isCoordination(actor)) return true;
  return actor.memberships.some(
    (m) =>
      m.organisationId === organisationId &&
      (m.role === 'org_admin' ||
        m.role === 'partner_staff' ||
        ((m.role === 'referent' || m.role === 'coordinator') &&
          organisationKind === 'consortium_member')),
  );
}

/** The organisations (id → kind) whose activities the actor manages, for lists' `canManage`. */
export async function managedOrganisations(
  db: Db | Tx,
  actor: Actor,
): Promise<Set<string> | 'all'> {
  if (isCoordination(actor)) return 'all';
  const ids = [...new Set(actor.memberships.map((m) => m.organisationId))];
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: organisations.id, kind: organisations.kind })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Set(rows.filter((r) => mayManage(actor, r.id, r.kind)).map((r) => r.id));
}

export function requireManage(
  actor: Actor,
  organisationId: string,
  organisationKind: string,
): void {
  if (!mayManage(actor, organisationId, organisationKind)) throw new ForbiddenError();
}

/** Importing a catalogue: coordination, or an org_admin (into their own organisations only). */
export function requireImporter(actor: Actor): void {
  if (!actor.memberships.some((m) => m.role === 'coordination' || m.role === 'org_admin'))
    throw new ForbiddenError();
}
