import type {
  AmendContractBody,
  ChangePhaseBody,
  RecordExitBody,
  SignContractBody,
  TimelineEvent,
} from '@territoires/contracts';
import { contractDeadline, exitCategory, SITUATIONS_NEEDING_MONTHS } from '@territoires/contracts';
import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import {
  contractAmendments,
  contractObjectives,
  contracts,
  exits,
  memberships,
} from '../db/schema.js';
import { NotFoundError, RuleViolationError } from '../errors/index.js';
import { participantFor, timelineOf, writeParticipant } from '../participants/index.js';
import type { Services } from '../services.js';
import { CO_SIGNER_ROLES, timelineDataFor } from './policy.js';
import { normaliseObjectives, requireContractDates, requireTransition } from './rules.js';
import { iso } from '../time/index.js';

export function changePhase(services: Services, actor: Actor, id: string, body: ChangePhaseBody) {
  return writeParticipant(services, actor, id, body.version, ({ row }) => {
    requireTransition(row.phase, body.to);
    return Promise.resolve({
      changes: { phase: body.to },
      event: {
        kind: 'phase_changed' as const,
        data: { from: row.phase, to: body.to, comment: body.comment ?? null },
      },
      audit: {
        action: 'participant.phase',
        before: { phase: row.phase },
        after: { phase: body.to },
      },
    });
  });
}

async function activeContract(tx: Tx, participantId: string) {
  const rows = await tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.participantId, participantId), eq(contracts.status, 'active')));
  return rows[0] ?? null;
}

async function requireCoSigners(tx: Tx, staffIds: string[]): Promise<void> {
  const rows = await tx
    .selectDistinct({ staffId: memberships.staffId })
    .from(memberships)
    .where(
      and(inArray(memberships.staffId, staffIds), inArray(memberships.role, [...CO_SIGNER_ROLES])),
    );
  const eligible = new Set(rows.map((r) => r.staffId));
  const wrong = staffIds.filter((s) => !eligible.has(s));
  if (wrong.length > 0) {
    throw new RuleViolationError(
      'contract.co_signer_required',
      'Co-signers must be a coordinateur or référent.',
      { staffIds: wrong },
      [
        {
          path: 'coSigners.staffIds',
          code: 'contract.co_signer_required',
          message: 'Not a coordinateur or référent.',
        },
      ],
    );
  }
}

/** Signing a contract is the entry into the programme (first entry or re-entry after an exit). */
export function signContract(services: Services, actor: Actor, id: string, body: SignContractBody) {
  return writeParticipant(services, actor, id, body.version, async ({ tx, row }) => {
    requireTransition(row.phase, 'accompaniment', true);
    if (await activeContract(tx, id))
      throw new RuleViolationError('contract.already_active', 'A contract is already active.');
    requireContractDates(body.signedOn, body.plannedEndOn);
    const staffIds = [...new Set(body.coSigners.staffIds)];
    await requireCoSigners(tx, staffIds);
    const [last] = await tx
      .select({ n: max(contracts.number) })
      .from(contracts)
      .where(eq(contracts.participantId, id));
    const number = (last?.n ?? 0) + 1;
    const [contract] = await tx
      .insert(contracts)
      .values({
        participantId: id,
        number,
        signedOn: body.signedOn,
        plannedEndOn: body.plannedEndOn,
        coSignerIds: staffIds,
      })
      .returning();
    if (!contract) throw new Error('insert returned nothing');
    const objectives = normaliseObjectives(body.objectives);
    await tx
      .insert(contractObjectives)
      .values(objectives.map((text, position) => ({ contractId: contract.id, position, text })));
    return {
      changes: {
        phase: 'accompaniment' as const,
        contractDeadlineOn: contractDeadline(body.signedOn),
      },
      event: {
        kind: 'contract_signed' as const,
        data: {
          contractId: contract.id,
          number,
          signedOn: body.signedOn,
          plannedEndOn: body.plannedEndOn,
          reentry: number > 1,
        },
      },
      audit: {
        action: 'contract.sign',
        entityType: 'contract',
        entityId: contract.id,
        after: { ...contract, objectives },
      },
    };
  });
}

export function amendContract(
  services: Services,
  actor: Actor,
  id: string,
  contractId: string,
  body: AmendContractBody,
) {
  return writeParticipant(services, actor, id, body.version, async ({ tx, now }) => {
    const contract = await activeContract(tx, id);
    if (contract?.id !== contractId) throw new NotFoundError('Active contract');
    const current = await tx
      .select()
      .from(contractObjectives)
      .where(
        and(eq(contractObjectives.contractId, contractId), isNull(contractObjectives.removedAt)),
      );
    const before = { plannedEndOn: contract.plannedEndOn, objectives: current.map((o) => o.text) };
    const after = { ...before };
    if (body.plannedEndOn) {
      requireContractDates(contract.signedOn, body.plannedEndOn);
      await tx
        .update(contracts)
        .set({ plannedEndOn: body.plannedEndOn })
        .where(eq(contracts.id, contractId));
      after.plannedEndOn = body.plannedEndOn;
    }
    if (body.objectives) {
      const wanted = normaliseObjectives(body.objectives);
      const removed = current.filter((o) => !wanted.includes(o.text)).map((o) => o.id);
      if (removed.length) {
        await tx
          .update(contractObjectives)
          .set({ removedAt: now.toISOString() })
          .where(inArray(contractObjectives.id, removed));
      }
      const kept = new Set(current.map((o) => o.text));
      const added = wanted.filter((text) => !kept.has(text));
      const start = current.reduce((m, o) => Math.max(m, o.position + 1), 0);
      if (added.length) {
        await tx
          .insert(contractObjectives)
          .values(added.map((text, i) => ({ contractId, position: start + i, text })));
      }
      after.objectives = wanted;
    }
    await tx.insert(contractAmendments).values({
      contractId,
      byId: actor.staffId,
      reason: body.reason,
      before,
      after,
      at: now.toISOString(),
    });
    return {
      event: { kind: 'contract_amended' as const, data: { contractId, reason: body.reason } },
      audit: {
        action: 'contract.amend',
        entityType: 'contract',
        entityId: contractId,
        before,
        after,
      },
    };
  });
}

export function recordExit(services: Services, actor: Actor, id: string, body: RecordExitBody) {
  return writeParticipant(services, actor, id, body.version, async ({ tx, row }) => {
    if (row.phase === 'exit')
      throw new RuleViolationError('pathway.already_exited', 'This person has already exited.');
    requireTransition(row.phase, 'exit', true);
    if (SITUATIONS_NEEDING_MONTHS.includes(body.situation) && body.contractMonths === undefined) {
      throw new RuleViolationError(
        'exit.contract_months_required',
        'Give the duration of the job contract.',
        undefined,
        [
          {
            path: 'contractMonths',
            code: 'exit.contract_months_required',
            message: 'Required for CDD and interim.',
          },
        ],
      );
    }
    const contract = await activeContract(tx, id);
    if (contract && body.exitOn < contract.signedOn) {
      throw new RuleViolationError(
        'exit.before_entry',
        'The exit is before the entry date.',
        { entryOn: contract.signedOn },
        [
          {
            path: 'exitOn',
            code: 'exit.before_entry',
            message: `Not before ${contract.signedOn}.`,
          },
        ],
      );
    }
    if (contract)
      await tx.update(contracts).set({ status: 'ended' }).where(eq(contracts.id, contract.id));
    const category = exitCategory(body.situation, body.contractMonths ?? null);
    const [exit] = await tx
      .insert(exits)
      .values({
        participantId: id,
        contractId: contract?.id ?? null,
        exitOn: body.exitOn,
        situation: body.situation,
        contractMonths: body.contractMonths ?? null,
        category,
        comment: body.comment ?? null,
      })
      .returning();
    return {
      changes: { phase: 'exit' as const, contractDeadlineOn: null },
      event: {
        kind: 'exit_recorded' as const,
        data: { exitOn: body.exitOn, situation: body.situation, category },
      },
      audit: {
        action: 'participant.exit',
        entityType: 'exit',
        entityId: exit?.id ?? id,
        after: exit,
      },
    };
  });
}

export async function timeline(
  services: Services,
  actor: Actor,
  id: string,
): Promise<TimelineEvent[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, id);
  const rows = await timelineOf(db, id);
  return rows.map((r) => ({
    id: r.id,
    at: iso(r.at),
    kind: r.kind,
    actorDisplayName: r.actorDisplayName,
    data: timelineDataFor(level, r.kind, r.data),
  }));
}
