import { SENSITIVE_PROFILE_FIELDS } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import {
  FOLLOW_UP_ROLES,
  followsParticipants,
  isCoordination,
  organisationsWithRole,
} from '../auth/actor.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';

/*
 * Who may see and change a participant's file, as pure functions of the actor and facts the
 * services load. Lists use the same rule translated to SQL in visibility-sql.ts.
 */

/**
 * How much of a participant's file the actor may see, from least to most:
 * - none: everyone else, partners included. Staff whose only link to a person is a session of their
 *   organisation see that person through the session (roster line, registration, scan answer), never
 *   as a programme participant: activities are open to all publics so that nobody is marked (ADR 12).
 * - colleague: référent/coordinateur of the organisation that follows the person: the file without
 *   sensitive criteria.
 * - team: on the current follow-up team; coordination: consortium-wide. Both see everything.
 */
export type AccessLevel = 'none' | 'colleague' | 'team' | 'coordination';

export { FOLLOW_UP_ROLES };
export const PARTNER_ROLES = ['partner_staff', 'org_admin', 'referent', 'coordinator'] as const;

export interface AccessFacts {
  organisationId: string;
  /** Staff ids on the current follow-up team. */
  teamStaffIds: string[];
}

export function accessLevel(actor: Actor, facts: AccessFacts): AccessLevel {
  if (isCoordination(actor)) return 'coordination';
  if (facts.teamStaffIds.includes(actor.staffId)) return 'team';
  if (organisationsWithRole(actor, ...FOLLOW_UP_ROLES).includes(facts.organisationId))
    return 'colleague';
  return 'none';
}

export const canEdit = (level: AccessLevel): boolean =>
  level === 'team' || level === 'coordination' || level === 'colleague';
export const canSeeFile = canEdit;
export const canSeeSensitive = (level: AccessLevel): boolean =>
  level === 'team' || level === 'coordination';

/**
 * The follow-up team changes only from within: someone on it, or coordination. A colleague of the
 * following organisation reads the file but cannot add themself (ADR 0012); a référent of another
 * organisation joins through a transfer (transfers/).
 */
export const canChangeTeam = (level: AccessLevel): boolean =>
  level === 'team' || level === 'coordination';

export function requireTeamChange(level: AccessLevel): void {
  if (!canChangeTeam(level)) throw new ForbiddenError();
}

/** Someone who may not see a participant at all gets a 404, not a 403: the person's existence is hidden. */
export function requireVisible(level: AccessLevel): void {
  if (level === 'none') throw new NotFoundError('Participant');
}

export function requireEdit(level: AccessLevel): void {
  if (!canEdit(level)) throw new ForbiddenError();
}

/** A colleague records the profile but not its sensitive criteria (RSA, RQTH, refugee status). */
export function requireProfileWrite(level: AccessLevel, criteria: object): void {
  if (level === 'colleague' && SENSITIVE_PROFILE_FIELDS.some((field) => field in criteria))
    throw new ForbiddenError();
}

/** Staff who may create participants: follow-up roles and coordination. */
export const mayCreateParticipants = (actor: Actor): boolean => followsParticipants(actor);

export function requireFollowUpRole(actor: Actor): void {
  if (!mayCreateParticipants(actor)) throw new ForbiddenError();
}

/**
 * The organisation that follows a new participant: the one asked for, if the actor follows people
 * there (coordination: any), else the actor's first.
 */
export function followingOrganisation(actor: Actor, requested: string | undefined): string {
  const own = organisationsWithRole(actor, ...FOLLOW_UP_ROLES, 'coordination');
  if (requested) {
    if (!own.includes(requested) && !isCoordination(actor)) throw new ForbiddenError();
    return requested;
  }
  const first = own[0];
  if (!first) throw new ForbiddenError();
  return first;
}

/**
 * The programme's participant list (and its alerts) is for follow-up staff and coordination: partner
 * staff never see who is a programme participant, evaluators read aggregates only.
 */
export const requireParticipantListReader = requireFollowUpRole;

/** Evaluators and others without any participant-facing role see no participant-level data. */
export function requireParticipantRole(actor: Actor): void {
  if (!isCoordination(actor) && organisationsWithRole(actor, ...PARTNER_ROLES).length === 0)
    throw new ForbiddenError();
}
