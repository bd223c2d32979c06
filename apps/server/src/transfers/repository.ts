import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/database.js';
import {
  followUpAssignments,
  memberships,
  organisations,
  participants,
  staff,
  transfers,
} from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';

type Executor = Db | Tx;

const fromOrg = alias(organisations, 'from_org');
const toOrg = alias(organisations, 'to_org');
const proposer = alias(staff, 'proposer');
const decider = alias(staff, 'decider');

/** The page shows the latest transfers; older ones stay on each participant's file. */
export const TRANSFER_PAGE = 100;

const selectTransfers = (db: Executor, where: SQL | undefined) =>
  db
    .select({
      id: transfers.id,
      status: transfers.status,
      participantId: transfers.participantId,
      pseudonym: participants.pseudonym,
      territory: participants.territory,
      participantOrganisationId: participants.organisationId,
      fromOrganisationId: transfers.fromOrganisationId,
      fromName: fromOrg.name,
      toOrganisationId: transfers.toOrganisationId,
      toName: toOrg.name,
      reason: transfers.reason,
      proposedAt: transfers.proposedAt,
      proposedById: transfers.proposedById,
      proposedBy: proposer.displayName,
      decidedAt: transfers.decidedAt,
      decidedBy: decider.displayName,
    })
    .from(transfers)
    .innerJoin(participants, eq(participants.id, transfers.participantId))
    .innerJoin(fromOrg, eq(fromOrg.id, transfers.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, transfers.toOrganisationId))
    .innerJoin(proposer, eq(proposer.id, transfers.proposedById))
    .leftJoin(decider, eq(decider.id, transfers.decidedById))
    .where(where)
    .orderBy(desc(transfers.proposedAt), desc(transfers.id));

export type TransferRow = Awaited<ReturnType<typeof selectTransfers>>[number];

export async function findTransfer(db: Executor, id: string): Promise<TransferRow> {
  const [row] = await selectTransfers(db, eq(transfers.id, id));
  if (!row) throw new NotFoundError('Transfer');
  return row;
}

/** Serialises deciding and cancelling on one transfer: the second one reads the first one's status. */
export async function lockTransfer(tx: Tx, id: string): Promise<void> {
  await tx.select({ id: transfers.id }).from(transfers).where(eq(transfers.id, id)).for('update');
}

export const transfersOfParticipant = (db: Executor, participantId: string) =>
  selectTransfers(db, eq(transfers.participantId, participantId));

/** Transfers from or to these organisations (all of them for coordination: `null`). */
export const transfersOfOrganisations = (db: Executor, organisationIds: string[] | null) =>
  selectTransfers(
    db,
    organisationIds === null
      ? undefined
      : organisationIds.length === 0
        ? sql`false`
        : or(
            inArray(transfers.fromOrganisationId, organisationIds),
            inArray(transfers.toOrganisationId, organisationIds),
          ),
  ).limit(TRANSFER_PAGE);

/** Of these participants, those whose current team the staff member is on. */
export async function onTeamOf(
  db: Executor,
  staffId: string,
  participantIds: string[],
): Promise<Set<string>> {
  if (participantIds.length === 0) return new Set();
  const rows = await db
    .select({ participantId: followUpAssignments.participantId })
    .from(followUpAssignments)
    .where(
      and(
        eq(followUpAssignments.staffId, staffId),
        inArray(followUpAssignments.participantId, participantIds),
        isNull(followUpAssignments.endOn),
      ),
    );
  return new Set(rows.map((r) => r.participantId));
}

export async function pendingTransferOf(tx: Tx, participantId: string) {
  const [row] = await tx
    .select({ id: transfers.id })
    .from(transfers)
    .where(and(eq(transfers.participantId, participantId), eq(transfers.status, 'pending')));
  return row ?? null;
}

export async function organisationExists(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id));
  return rows.length > 0;
}

export async function isReferentOf(tx: Tx, staffId: string, organisationId: string) {
  const rows = await tx
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .innerJoin(staff, eq(staff.id, memberships.staffId))
    .where(
      and(
        eq(memberships.staffId, staffId),
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, 'referent'),
        eq(staff.disabled, false),
      ),
    );
  return rows.length > 0;
}
