import { and, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { activities, activityRegistrations, participants } from '../db/schema.js';
import { ForbiddenError } from '../errors/index.js';

/**
 * How much of a participant's file the actor may see, from least to most:
 * - partner: registered on one of the actor's organisation's activities: pseudonym only.
 * - colleague: référent/coordinateur of the organisation that follows the person: the file without
 *   sensitive criteria.
 * - team: on the current follow-up team; coordination: consortium-wide. Both see everything.
 */
export type AccessLevel = 'none' | 'partner' | 'colleague' | 'team' | 'coordination';

export const FOLLOW_UP_ROLES = ['referent', 'coordinator'] as const;
export const PARTNER_ROLES = ['partner_staff', 'org_admin', 'referent', 'coordinator'] as const;

export interface AccessFacts {
  organisationId: string;
  /** Staff ids on the current follow-up team. */
  teamStaffIds: string[];
  /** Organisations whose activities the person is registered on. */
  activityOrganisationIds: string[];
}

export function accessLevel(actor: Actor, facts: AccessFacts): AccessLevel {
  if (isCoordination(actor)) return 'coordination';
  if (facts.teamStaffIds.includes(actor.staffId)) return 'team';
  if (organisationsWithRole(actor, ...FOLLOW_UP_ROLES).includes(facts.organisationId))
    return 'colleague';
  const partnerOrgs = organisationsWithRole(actor, ...PARTNER_ROLES);
  if (facts.activityOrganisationIds.some((id) => partnerOrgs.includes(id))) return 'partner';
  return 'none';
}

export const canEdit = (level: AccessLevel): boolean =>
  level === 'team' || level === 'coordination' || level === 'colleague';
export const canSeeFile = canEdit;
export const canSeeSensitive = (level: AccessLevel): boolean =>
  level === 'team' || level === 'coordination';

export function requireEdit(level: AccessLevel): void {
  if (!canEdit(level)) throw new ForbiddenError();
}

/** Staff who may create participants: follow-up roles and coordination. */
export function requireFollowUpRole(actor: Actor): void {
  if (!isCoordination(actor) && organisationsWithRole(actor, ...FOLLOW_UP_ROLES).length === 0)
    throw new ForbiddenError();
}

/** The same rule as accessLevel(), as a SQL condition for lists: which participants the actor sees at all. */
/** The follow-up circle (colleague, team) as SQL: who sees more than the pseudonym. */
function followUpCircle(actor: Actor): SQL[] {
  const followUpOrgs = organisationsWithRole(actor, ...FOLLOW_UP_ROLES);
  const conditions: SQL[] = [];
  if (followUpOrgs.length > 0) conditions.push(inArray(participants.organisationId, followUpOrgs));
  // The current team is denormalised on the row (kept in step with follow_up_assignments by the
  // services), so this stays an index-friendly condition rather than a subquery per list.
  conditions.push(
    eq(participants.referentId, actor.staffId),
    eq(participants.coordinatorId, actor.staffId),
  );
  return conditions;
}

/** Per list row: may the actor see the file (territory, référent), or only the pseudonym? */
export function fileVisible(actor: Actor): SQL {
  return isCoordination(actor) ? sql`true` : sql`(${or(...followUpCircle(actor))})`;
}

export function visibleParticipants(actor: Actor): SQL | undefined {
  if (isCoordination(actor)) return undefined;
  const partnerOrgs = organisationsWithRole(actor, ...PARTNER_ROLES);
  const conditions = followUpCircle(actor);
  if (partnerOrgs.length > 0) {
    conditions.push(
      exists(
        sql`(select 1 from ${activityRegistrations} join ${activities} on ${activities.id} = ${activityRegistrations.activityId} where ${and(
          eq(activityRegistrations.participantId, participants.id),
          inArray(activities.organisationId, partnerOrgs),
        )})`,
      ),
    );
  }
  return or(...conditions);
}

/** Evaluators and others without any participant-facing role see no participant-level data. */
export function requireParticipantRole(actor: Actor): void {
  if (!isCoordination(actor) && organisationsWithRole(actor, ...PARTNER_ROLES).length === 0)
    throw new ForbiddenError();
}
