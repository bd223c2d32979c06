import type {
  AssignTeamBody,
  CreateParticipantBody,
  ParticipantDetail,
  ParticipantListQuery,
  UpdateParticipantBody,
  UpdateProfileBody,
  createParticipantBodySchema,
} from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';

import type { Tx } from '../db/database.js';
import {
  followUpAssignments,
  memberships,
  participantProfiles,
  participants,
} from '../db/schema.js';
import { RuleViolationError, ValidationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { detailFor, participantFor } from './access.js';
import {
  followingOrganisation,
  requireFollowUpRole,
  requireProfileWrite,
  requireTeamChange,
} from './policy.js';
import { recordParticipantEvent } from './events.js';
import { writeParticipant } from './write.js';
import { utcDay } from '../time/index.js';

export type { ParticipantListQuery };
// The list lives in list.ts (cached per database, ADR 0009); re-exported for the services' callers.
export { listParticipants } from './list.js';

export async function getParticipant(
  services: Services,
  actor: Actor,
  id: string,
): Promise<ParticipantDetail> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, id);
  return detailFor(db, id, level, services.clock());
}

/**
 * A team member must be a référent/coordinateur of some organisation (or coordination). Given the
 * file's organisation, a référent must be one of its own: a référent of another organisation joins
 * through a transfer (ADR 0012).
 */
async function requireEligible(
  tx: Tx,
  staffId: string,
  role: 'referent' | 'coordinator',
  field: string,
  organisationId?: string,
): Promise<void> {
  const rows = await tx
    .select({ role: memberships.role, organisationId: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.staffId, staffId));
  const fits = rows.some(
    (r) =>
      r.role === 'coordination' ||
      (r.role === role &&
        (role !== 'referent' || !organisationId || r.organisationId === organisationId)),
  );
  if (!fits) {
    throw new RuleViolationError(
      'team.member_not_eligible',
      `This person may not join this team as ${role}.`,
      { staffId, role },
      [{ path: field, code: 'team.member_not_eligible', message: `Not a ${role}.` }],
    );
  }
}

export async function createParticipant(
  services: Services,
  actor: Actor,
  input: z.output<typeof createParticipantBodySchema>,
): Promise<ParticipantDetail> {
  requireFollowUpRole(actor);
  const now = services.clock();
  const today = utcDay(now);
  const organisationId = followingOrganisation(actor, input.organisationId);
  const isReferent = actor.memberships.some((m) => m.role === 'referent');
  const referentId = input.referentId ?? (isReferent ? actor.staffId : undefined);
  const team = (
    [
      [referentId, 'referent'],
      [input.coordinatorId, 'coordinator'],
    ] as const
  ).filter(
    (member): member is readonly [string, 'referent' | 'coordinator'] => member[0] !== undefined,
  );
  return services.database.db.transaction(async (tx) => {
    // Checked before the insert, so an unknown person is a 422 on the field rather than a foreign-key error.
    for (const [staffId, role] of team) {
      await requireEligible(
        tx,
        staffId,
        role,
        role === 'referent' ? 'referentId' : 'coordinatorId',
      );
    }
    const [row] = await tx
      .insert(participants)
      .values({
        pseudonym: input.pseudonym,
        contact: input.contact ?? null,
        referralSource: input.referralSource,
        territory: input.territory,
        commune: input.commune ?? null,
        phase: input.phase,
        organisationId,
        referentId: referentId ?? null,
        coordinatorId: input.coordinatorId ?? null,
        createdAt: now.toISOString(),
        lastEventAt: now.toISOString(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    for (const [staffId, role] of team) {
      await tx
        .insert(followUpAssignments)
        .values({ participantId: row.id, staffId, role, startOn: today });
    }
    await recordParticipantEvent(
      tx,
      {
        participantId: row.id,
        actorId: actor.staffId,
        kind: 'participant_created',
        data: { phase: input.phase },
        audit: {
          action: 'participant.create',
          entityType: 'participant',
          entityId: row.id,
          after: row,
        },
      },
      now,
    );
    // The creator may have put someone else on the team: read the access like any other viewer.
    const { level } = await participantFor(tx, actor, row.id);
    return detailFor(tx, row.id, level, now);
  });
}

export type { CreateParticipantBody };

export function updateParticipant(
  services: Services,
  actor: Actor,
  id: string,
  body: UpdateParticipantBody,
) {
  const { version, ...fields } = body;
  return writeParticipant(services, actor, id, version, ({ row }) => {
    const changes: Record<string, unknown> = { ...fields };
    const before = Object.fromEntries(
      Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]),
    );
    return Promise.resolve({
      changes,
      event: { kind: 'participant_updated' as const, data: { fields: Object.keys(changes) } },
      audit: { action: 'participant.update', before, after: changes },
    });
  });
}

export function updateProfile(
  services: Services,
  actor: Actor,
  id: string,
  body: UpdateProfileBody,
) {
  const { version, consent: _consent, ...criteria } = body;
  return writeParticipant(services, actor, id, version, async ({ tx, now, level }) => {
    requireProfileWrite(level, criteria);
    const values = {
      ...criteria,
      consentRecordedAt: now.toISOString(),
      consentRecordedBy: actor.staffId,
    };
    const before = await tx
      .select()
      .from(participantProfiles)
      .where(eq(participantProfiles.participantId, id));
    await tx
      .insert(participantProfiles)
      .values({ participantId: id, ...values })
      .onConflictDoUpdate({ target: participantProfiles.participantId, set: values });
    return {
      event: { kind: 'profile_recorded' as const, data: { fields: Object.keys(criteria) } },
      audit: { action: 'participant.profile', before: before[0] ?? null, after: values },
    };
  });
}

/** Assigns a référent or coordinateur; the one in place is handed over (end date kept), so history stays. */
export function assignTeam(services: Services, actor: Actor, id: string, body: AssignTeamBody) {
  return writeParticipant(services, actor, id, body.version, async ({ tx, row, level }) => {
    requireTeamChange(level);
    await requireEligible(tx, body.staffId, body.role, 'staffId', row.organisationId);
    const current = await tx
      .update(followUpAssignments)
      .set({ endOn: body.startOn })
      .where(
        and(
          eq(followUpAssignments.participantId, id),
          eq(followUpAssignments.role, body.role),
          isNull(followUpAssignments.endOn),
        ),
      )
      .returning();
    if (current.some((c) => c.startOn > body.startOn)) {
      throw new ValidationError(
        'request.validation_failed',
        'The hand-over date is before the current start.',
        undefined,
        [{ path: 'startOn', code: 'too_small', message: 'Before the current assignment started.' }],
      );
    }
    const [assigned] = await tx
      .insert(followUpAssignments)
      .values({ participantId: id, staffId: body.staffId, role: body.role, startOn: body.startOn })
      .returning();
    return {
      changes:
        body.role === 'referent' ? { referentId: body.staffId } : { coordinatorId: body.staffId },
      event: {
        kind: 'team_assigned' as const,
        data: { role: body.role, staffId: body.staffId, replaced: current.map((c) => c.staffId) },
      },
      audit: { action: 'participant.team', before: current, after: assigned },
    };
  });
}
