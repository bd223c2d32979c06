import type { Role } from '@territoires/contracts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { memberships, organisations, staff } from '../db/schema.js';
import { invitations, passwordResets } from './tables.js';

type Conn = Db | Tx;

export async function findStaffByEmail(db: Conn, email: string) {
  const rows = await db
    .select()
    .from(staff)
    .where(sql`lower(${staff.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findStaff(db: Conn, id: string) {
  const rows = await db.select().from(staff).where(eq(staff.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function lockStaff(tx: Tx, id: string) {
  const rows = await tx.select().from(staff).where(eq(staff.id, id)).for('update');
  return rows[0] ?? null;
}

export async function membershipRows(db: Conn, staffIds: string[]) {
  if (staffIds.length === 0) return [];
  return db
    .select({
      staffId: memberships.staffId,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.staffId, staffIds))
    .orderBy(asc(organisations.name), asc(memberships.role));
}

/** Accounts with a membership in one of the organisations (null: every account). */
export async function accountsOf(db: Conn, organisationIds: string[] | null) {
  const members = db
    .selectDistinct({ id: memberships.staffId })
    .from(memberships)
    .where(
      organisationIds === null ? undefined : inArray(memberships.organisationId, organisationIds),
    );
  return db.select().from(staff).where(inArray(staff.id, members)).orderBy(asc(staff.displayName));
}

export async function addMemberships(
  tx: Tx,
  staffId: string,
  organisationId: string,
  roles: readonly Role[],
): Promise<void> {
  await tx
    .insert(memberships)
    .values(roles.map((role) => ({ staffId, organisationId, role })))
    .onConflictDoNothing();
}

export async function organisationName(db: Conn, id: string) {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return rows[0] ?? null;
}

export type InvitationRow = typeof invitations.$inferSelect;

export async function invitationsOf(db: Conn, organisationIds: string[] | null, id?: string) {
  return db
    .select({
      invitation: invitations,
      organisationName: organisations.name,
      invitedBy: sql<string>`coalesce(${staff.displayName}, '')`,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(staff, eq(staff.id, invitations.invitedById))
    .where(
      and(
        organisationIds === null ? undefined : inArray(invitations.organisationId, organisationIds),
        id === undefined ? undefined : eq(invitations.id, id),
      ),
    )
    .orderBy(desc(invitations.sentAt))
    .limit(500);
}

export async function lockInvitation(tx: Tx, id: string) {
  const rows = await tx.select().from(invitations).where(eq(invitations.id, id)).for('update');
  return rows[0] ?? null;
}

export async function invitationByToken(db: Conn, tokenHash: string, lock = false) {
  const query = db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** An open invitation to the same address and organisation is replaced by a new one. */
export async function cancelPendingTo(tx: Tx, email: string, organisationId: string, now: string) {
  return tx
    .update(invitations)
    .set({ status: 'cancelled', decidedAt: now })
    .where(
      and(
        sql`lower(${invitations.email}) = ${email.toLowerCase()}`,
        eq(invitations.organisationId, organisationId),
        eq(invitations.status, 'pending'),
      ),
    )
    .returning({ id: invitations.id });
}

export async function resetByToken(tx: Tx, tokenHash: string) {
  const rows = await tx
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash))
    .for('update');
  return rows[0] ?? null;
}
