import type { MyReferent } from '@territoires/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { followUpAssignments, staff } from '../db/schema.js';

/**
 * The participant's current référent, as their home names them: first name (the first word of the
 * display name) and work e-mail.
 */
export async function referentOf(db: Db, participantId: string): Promise<MyReferent> {
  const [row] = await db
    .select({
      displayName: staff.displayName,
      email: staff.email,
    })
    .from(followUpAssignments)
    .innerJoin(staff, eq(staff.id, followUpAssignments.staffId))
    .where(
      and(
        eq(followUpAssignments.participantId, participantId),
        eq(followUpAssignments.role, 'referent'),
        isNull(followUpAssignments.endOn),
        eq(staff.disabled, false),
      ),
    )
    .orderBy(asc(followUpAssignments.startOn))
    .limit(1);
  if (!row) return { referent: null };
  const firstName = row.displayName.trim().split(/\s+/)[0] ?? row.displayName;
  return { referent: { firstName, email: row.email } };
}
