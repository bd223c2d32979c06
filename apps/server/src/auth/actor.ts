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
