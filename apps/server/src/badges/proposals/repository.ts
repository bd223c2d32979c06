import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { NotFoundError } from '../../errors/index.js';
import { participantPseudonyms } from '../../participants/index.js';
import { issuersOf, type Issuer } from '../issuers.js';
import { achievements, badgeProposals } from '../tables.js';

type Executor = Db | Tx;
export type ProposalRow = typeof badgeProposals.$inferSelect;

export interface ProposalView {
  proposal: ProposalRow;
  achievement: { id: string; name: string; organisationId: string };
  issuer: Issuer;
  pseudonym: string;
}

/** Proposals with their badge, its issuer and the person's pseudonym, newest first. */
export async function proposalViews(
  db: Executor,
  publicUrl: string,
  where: SQL | undefined,
): Promise<ProposalView[]> {
  const rows = await db
    .select({
      proposal: badgeProposals,
      achievement: {
        id: achievements.id,
        name: achievements.name,
        organisationId: achievements.organisationId,
      },
    })
    .from(badgeProposals)
    .innerJoin(achievements, eq(achievements.id, badgeProposals.achievementId))
    .where(where)
    .orderBy(desc(badgeProposals.proposedAt), desc(badgeProposals.id))
    .limit(500);
  const [issuers, pseudonyms] = await Promise.all([
    issuersOf(
      db,
      publicUrl,
      rows.map((r) => r.achievement.organisationId),
    ),
    participantPseudonyms(
      db,
      rows.map((r) => r.proposal.participantId),
    ),
  ]);
  return rows.flatMap((row) => {
    const issuer = issuers.get(row.achievement.organisationId);
    const pseudonym = pseudonyms.get(row.proposal.participantId);
    return issuer && pseudonym !== undefined ? [{ ...row, issuer, pseudonym }] : [];
  });
}

export const ofParticipant = (participantId: string) =>
  eq(badgeProposals.participantId, participantId);

export const ofOrganisations = (organisationIds: string[]) =>
  inArray(achievements.organisationId, organisationIds);

export const byId = (id: string) => eq(badgeProposals.id, id);

/** One proposal, locked for a decision; a missing one is a 404. */
export async function proposalForChange(
  tx: Tx,
  publicUrl: string,
  id: string,
): Promise<ProposalView> {
  const [locked] = await tx
    .select({ id: badgeProposals.id })
    .from(badgeProposals)
    .where(and(byId(id)))
    .for('update');
  const [view] = locked ? await proposalViews(tx, publicUrl, byId(id)) : [];
  if (!view) throw new NotFoundError('Proposal');
  return view;
}
