import type {
  AcceptTransferBody,
  ParticipantTransfers,
  proposeTransferBodySchema,
  Transfer,
} from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { participants, transfers } from '../db/schema.js';
import { ConflictError, RuleViolationError } from '../errors/index.js';
import { levelFor, participantFor, recordParticipantEvent } from '../participants/index.js';
import { accessLevel } from '../participants/policy.js';
import type { Services } from '../services.js';
import { handOver } from './accept.js';
import {
  mayPropose,
  requireCancel,
  requireDecide,
  requireFileVisible,
  requireMayPropose,
  requireTransferDesk,
} from './policy.js';
import { presentTransfer } from './presenter.js';
import {
  findTransfer,
  lockTransfer,
  onTeamOf,
  organisationExists,
  pendingTransferOf,
  transfersOfOrganisations,
  transfersOfParticipant,
  type TransferRow,
} from './repository.js';

/** The transfers page: to and from the organisations the actor coordinates (coordination: all). */
export async function listTransfers(services: Services, actor: Actor): Promise<Transfer[]> {
  requireTransferDesk(actor);
  const { db } = services.database;
  const rows = await transfersOfOrganisations(
    db,
    isCoordination(actor) ? null : organisationsWithRole(actor, 'coordinator'),
  );
  const onTeam = await onTeamOf(db, actor.staffId, [...new Set(rows.map((r) => r.participantId))]);
  return rows.map((row) =>
    presentTransfer(
      row,
      actor,
      accessLevel(actor, {
        organisationId: row.participantOrganisationId,
        teamStaffIds: onTeam.has(row.participantId) ? [actor.staffId] : [],
      }),
    ),
  );
}

/** The transfers on a participant's file, for whoever sees the file. */
export async function participantTransfers(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<ParticipantTransfers> {
  const { db } = services.database;
  const { row, level } = await participantFor(db, actor, participantId);
  requireFileVisible(level);
  const rows = await transfersOfParticipant(db, participantId);
  return {
    canPropose: mayPropose(actor, row.organisationId) && !rows.some((r) => r.status === 'pending'),
    items: rows.map((r) => presentTransfer(r, actor, level)),
  };
}

const lockParticipant = (tx: Tx, id: string) =>
  tx
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.id, id))
    .for('update');

const organisationField = (code: 'transfer.same_organisation' | 'transfer.unknown_organisation') =>
  new RuleViolationError(
    code,
    code === 'transfer.same_organisation'
      ? 'The file is already followed by this organisation.'
      : 'No such organisation.',
    undefined,
    [{ path: 'organisationId', code, message: 'Choose another organisation.' }],
  );

export async function proposeTransfer(
  services: Services,
  actor: Actor,
  participantId: string,
  body: z.output<typeof proposeTransferBodySchema>,
): Promise<Transfer> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    // The participant's row lock serialises proposals and acceptances on one file.
    await lockParticipant(tx, participantId);
    const { row, level } = await participantFor(tx, actor, participantId);
    requireMayPropose(actor, level, row.organisationId);
    if (!(await organisationExists(tx, body.organisationId)))
      throw organisationField('transfer.unknown_organisation');
    if (body.organisationId === row.organisationId)
      throw organisationField('transfer.same_organisation');
    if (await pendingTransferOf(tx, participantId))
      throw new ConflictError(
        'transfer.already_pending',
        'A transfer of this file is already pending.',
      );
    const [created] = await tx
      .insert(transfers)
      .values({
        participantId,
        fromOrganisationId: row.organisationId,
        toOrganisationId: body.organisationId,
        reason: body.reason ?? null,
        proposedById: actor.staffId,
        proposedAt: now.toISOString(),
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    const route = { fromOrganisationId: row.organisationId, toOrganisationId: body.organisationId };
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'transfer_proposed',
        data: { transferId: created.id, ...route },
        // The reason is free text: whether there is one is audited, never its words.
        audit: {
          action: 'transfer.propose',
          entityType: 'transfer',
          entityId: created.id,
          before: null,
          after: {
            participantId,
            ...route,
            status: 'pending',
            withReason: created.reason !== null,
          },
        },
        signOfLife: false,
      },
      now,
    );
    return presentTransfer(await findTransfer(tx, created.id), actor, level);
  });
}

type Decision = 'accept' | 'refuse' | 'cancel';
const STATUS = { accept: 'accepted', refuse: 'refused', cancel: 'cancelled' } as const;
const KIND = {
  accept: 'transfer_accepted',
  refuse: 'transfer_refused',
  cancel: 'transfer_cancelled',
} as const;

/** Locks the file and the transfer, then checks who may do this and that it is still pending. */
async function lockedPending(tx: Tx, actor: Actor, id: string, decision: Decision) {
  const { participantId } = await findTransfer(tx, id);
  await lockParticipant(tx, participantId);
  await lockTransfer(tx, id);
  const transfer = await findTransfer(tx, id);
  const level = await levelFor(tx, actor, participantId);
  if (decision === 'cancel') requireCancel(actor, transfer, level);
  else requireDecide(actor, transfer, level);
  if (transfer.status !== 'pending')
    throw new ConflictError('transfer.not_pending', 'This transfer is no longer pending.', {
      status: transfer.status,
    });
  return transfer;
}

/**
 * Accepting, refusing or cancelling, in one transaction: the transfer's status, what acceptance
 * moves (hand-over), the timeline event and the audit event land together or not at all.
 */
export function decideTransfer(
  services: Services,
  actor: Actor,
  id: string,
  decision: Decision,
  body: AcceptTransferBody = {},
): Promise<Transfer> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const transfer: TransferRow = await lockedPending(tx, actor, id, decision);
    const moved =
      decision === 'accept' ? await handOver(tx, actor, transfer, body.referentId, now) : null;
    await tx
      .update(transfers)
      .set({ status: STATUS[decision], decidedById: actor.staffId, decidedAt: now.toISOString() })
      .where(eq(transfers.id, id));
    await recordParticipantEvent(
      tx,
      {
        participantId: transfer.participantId,
        actorId: actor.staffId,
        kind: KIND[decision],
        data: {
          transferId: id,
          fromOrganisationId: transfer.fromOrganisationId,
          toOrganisationId: transfer.toOrganisationId,
        },
        audit: {
          action: `transfer.${decision}`,
          entityType: 'transfer',
          entityId: id,
          before: { status: 'pending', ...(moved?.before ?? {}) },
          after: {
            status: STATUS[decision],
            participantId: transfer.participantId,
            ...(moved?.after ?? {}),
          },
        },
        signOfLife: false,
      },
      now,
    );
    const level = await levelFor(tx, actor, transfer.participantId);
    return presentTransfer(await findTransfer(tx, id), actor, level);
  });
}
