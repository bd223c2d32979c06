import { and, asc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { authSessions, memberships, organisations, staff } from '../db/schema.js';

export async function findStaffByEmail(db: Db, email: string) {
  const rows = await db
    .select()
    .from(staff)
    .where(sql`lower(${staff.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function membershipsOf(db: Db, staffId: string) {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.staffId, staffId))
    .orderBy(organisations.name);
}

export async function insertSession(
  db: Db,
  values: { tokenHash: string; staffId: string; csrfToken: string; expiresAt: string },
): Promise<void> {
  await db.insert(authSessions).values(values);
}

export async function findSession(db: Db, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      staffId: staff.id,
      email: staff.email,
      displayName: staff.displayName,
      csrfToken: authSessions.csrfToken,
    })
    .from(authSessions)
    .innerJoin(staff, eq(staff.id, authSessions.staffId))
    .where(
      and(
        eq(authSessions.tokenHash, tokenHash),
        gt(authSessions.expiresAt, now.toISOString()),
        eq(staff.disabled, false),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, now.toISOString()));
}

/** A person's open sessions, oldest first (their own "my sessions" screen). */
export async function openSessionsOf(db: Db, staffId: string, now: Date) {
  return db
    .select({
      tokenHash: authSessions.tokenHash,
      createdAt: authSessions.createdAt,
      expiresAt: authSessions.expiresAt,
    })
    .from(authSessions)
    .where(and(eq(authSessions.staffId, staffId), gt(authSessions.expiresAt, now.toISOString())))
    .orderBy(asc(authSessions.createdAt));
}

/** Ends a person's sessions (all, or all but the one they act from); returns the ended ones. */
export async function deleteSessionsOf(
  db: Db,
  staffId: string,
  except?: string,
): Promise<string[]> {
  const rows = await db
    .delete(authSessions)
    .where(
      and(
        eq(authSessions.staffId, staffId),
        except === undefined ? undefined : ne(authSessions.tokenHash, except),
      ),
    )
    .returning({ tokenHash: authSessions.tokenHash });
  return rows.map((r) => r.tokenHash);
}
