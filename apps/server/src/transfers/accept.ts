import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { followUpAssignments, participants } from '../db/schema.js';
import { RuleViolationError } from '../errors/index.js';
import { parisDay } from '../time/index.js';
import { teamAfterAcceptance } from './policy.js';
import { isReferentOf, type TransferRow } from './repository.js';

/**
 * What acceptance moves, in the caller's transaction: the file's organisation becomes the receiving
 * one, every open team membership ends today (nobody of the sending side keeps the file through
 * the team), and the receiving side's team starts today (policy: teamAfterAcceptance). The
 * participant's version moves, so a form opened before the transfer gets its 409.
 * Returns the audit's before and after: the organisation and the team, with assignment ids (the
 * clean-up command, cli/team-changes.ts, reads them).
 */
export async function handOver(
  tx: Tx,
  actor: Actor,
  transfer: TransferRow,
  referentId: string | undefined,
  now: Date,
) {
  if (referentId !== undefined && !(await isReferentOf(tx, referentId, transfer.toOrganisationId)))
    throw new RuleViolationError(
      'transfer.referent_not_eligible',
      'This person is not a référent of the receiving organisation.',
      { referentId },
      [
        {
          path: 'referentId',
          code: 'transfer.referent_not_eligible',
          message: 'Not a référent there.',
        },
      ],
    );
  const today = parisDay(now);
  const ended = await tx
    .update(followUpAssignments)
    // A hand-over planned for later ends the day it was to start: end never precedes start.
    .set({ endOn: sql`greatest(${followUpAssignments.startOn}, ${today}::date)` })
    .where(
      and(
        eq(followUpAssignments.participantId, transfer.participantId),
        isNull(followUpAssignments.endOn),
      ),
    )
    .returning({
      id: followUpAssignments.id,
      staffId: followUpAssignments.staffId,
      role: followUpAssignments.role,
    });
  const team = teamAfterAcceptance(actor, transfer, referentId);
  const started =
    team.length === 0
      ? []
      : await tx
          .insert(followUpAssignments)
          .values(
            team.map((m) => ({ ...m, participantId: transfer.participantId, startOn: today })),
          )
          .returning({
            id: followUpAssignments.id,
            staffId: followUpAssignments.staffId,
            role: followUpAssignments.role,
          });
  await tx
    .update(participants)
    .set({
      organisationId: transfer.toOrganisationId,
      referentId: team.find((m) => m.role === 'referent')?.staffId ?? null,
      coordinatorId: team.find((m) => m.role === 'coordinator')?.staffId ?? null,
      version: sql`${participants.version} + 1`,
    })
    .where(eq(participants.id, transfer.participantId));
  return {
    before: { organisationId: transfer.fromOrganisationId, team: ended },
    after: { organisationId: transfer.toOrganisationId, team: started },
  };
}
