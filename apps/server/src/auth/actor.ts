import type { Role } from '@territoires/contracts';

export interface Actor {
  staffId: string;
  displayName: string;
  memberships: { organisationId: string; role: Role }[];
}

/** A participant signed in to their own space (one-time code or QR code from their référent). */
export interface ParticipantActor {
  participantId: string;
  pseudonym: string;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  actor.memberships.some((m) => roles.includes(m.role));

export const organisationsWithRole = (actor: Actor, ...roles: Role[]): string[] => [
  ...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId)),
];

export const isCoordination = (actor: Actor): boolean => hasRole(actor, 'coordination');

/** The roles that follow participants (référent, coordinateur); partner roles never do. */
export const FOLLOW_UP_ROLES = ['referent', 'coordinator'] as const;

/**
 * Who works with programme participants as such: follow-up roles and coordination. Everyone else
 * (partner staff, evaluators) never learns who is a participant (ADR 12); the web's menu reads it from
 * the session (`can.followParticipants`) rather than repeating the rule.
 */
export const followsParticipants = (actor: Actor): boolean =>
  isCoordination(actor) || hasRole(actor, ...FOLLOW_UP_ROLES);
