import type { EndorsementTarget } from '@territoires/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { endorsementInvitations, endorsements, endorsers } from './tables.js';

type Executor = Db | Tx;
export type EndorsementRow = typeof endorsements.$inferSelect;
export type EndorserRow = typeof endorsers.$inferSelect;
export interface EndorsementView {
  endorsement: EndorsementRow;
  endorser: EndorserRow | null;
}

export async function invitationByHash(db: Executor, hash: string) {
  const [row] = await db
    .select()
    .from(endorsementInvitations)
    .where(eq(endorsementInvitations.tokenHash, hash));
  return row;
}

export async function endorsementViews(
  db: Executor,
  where: { ids: string[] } | { targets: EndorsementTarget[] },
): Promise<EndorsementView[]> {
  const condition =
    'ids' in where
      ? inArray(endorsements.id, where.ids)
      : inArray(
          endorsements.targetId,
          where.targets.map((t) => t.id),
        );
  if (('ids' in where ? where.ids : where.targets).length === 0) return [];
  const rows = await db
    .select({ endorsement: endorsements, endorser: endorsers })
    .from(endorsements)
    .leftJoin(endorsers, eq(endorsers.id, endorsements.endorserId))
    .where(condition)
    .orderBy(endorsements.createdAt);
  if ('ids' in where) return rows;
  return rows.filter(({ endorsement: e }) =>
    where.targets.some((t) => t.kind === e.targetKind && t.id === e.targetId),
  );
}

/** The accepted endorsements of these things (an award's, once its earner said yes). */
export async function acceptedEndorsements(
  db: Executor,
  targets: EndorsementTarget[],
): Promise<EndorsementView[]> {
  return (await endorsementViews(db, { targets })).filter(
    (v) => v.endorsement.status === 'accepted',
  );
}

export async function lockEndorsement(tx: Tx, id: string): Promise<EndorsementRow | undefined> {
  const [row] = await tx
    .select()
    .from(endorsements)
    .where(and(eq(endorsements.id, id)))
    .for('update');
  return row;
}
