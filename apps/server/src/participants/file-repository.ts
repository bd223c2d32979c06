import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import {
  contractAmendments,
  contractObjectives,
  contracts,
  exits,
  followUpAssignments,
  participantProfiles,
  staff,
} from '../db/schema.js';
import { inOrder } from '../db/in-order.js';

type Executor = Db | Tx;

/** Everything in a participant's file beyond the participant row, read for the follow-up circle only. */
export async function loadFile(db: Executor, participantId: string) {
  const [team, profiles, contractRows, exitRows] = await inOrder([
    () =>
      db
        .select({
          id: followUpAssignments.id,
          staffId: followUpAssignments.staffId,
          displayName: staff.displayName,
          role: followUpAssignments.role,
          startOn: followUpAssignments.startOn,
          endOn: followUpAssignments.endOn,
        })
        .from(followUpAssignments)
        .innerJoin(staff, eq(staff.id, followUpAssignments.staffId))
        .where(eq(followUpAssignments.participantId, participantId))
        .orderBy(desc(followUpAssignments.startOn), asc(followUpAssignments.role)),
    () =>
      db
        .select()
        .from(participantProfiles)
        .where(eq(participantProfiles.participantId, participantId)),
    () =>
      db
        .select()
        .from(contracts)
        .where(eq(contracts.participantId, participantId))
        .orderBy(desc(contracts.number)),
    () =>
      db
        .select()
        .from(exits)
        .where(eq(exits.participantId, participantId))
        .orderBy(desc(exits.exitOn)),
  ]);
  const contractIds = contractRows.map((c) => c.id);
  const signerIds = [...new Set(contractRows.flatMap((c) => c.coSignerIds))];
  const [objectives, amendments, signers] = await inOrder([
    () =>
      contractIds.length
        ? db
            .select()
            .from(contractObjectives)
            .where(inArray(contractObjectives.contractId, contractIds))
            .orderBy(asc(contractObjectives.position))
        : [],
    () =>
      contractIds.length
        ? db
            .select({
              id: contractAmendments.id,
              contractId: contractAmendments.contractId,
              at: contractAmendments.at,
              byDisplayName: staff.displayName,
              reason: contractAmendments.reason,
              before: contractAmendments.before,
              after: contractAmendments.after,
            })
            .from(contractAmendments)
            .innerJoin(staff, eq(staff.id, contractAmendments.byId))
            .where(inArray(contractAmendments.contractId, contractIds))
            .orderBy(asc(contractAmendments.at))
        : [],
    () =>
      signerIds.length
        ? db
            .select({ id: staff.id, displayName: staff.displayName })
            .from(staff)
            .where(inArray(staff.id, signerIds))
        : [],
  ]);
  return {
    team,
    profile: profiles[0] ?? null,
    contracts: contractRows,
    objectives,
    amendments,
    signers,
    exits: exitRows,
  };
}

export type ParticipantFile = Awaited<ReturnType<typeof loadFile>>;
