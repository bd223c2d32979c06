import type { Role } from '@territoires/contracts';

export interface Actor {
  staffId: string;
  displayName: string;
  memberships: { organisationId: string; role: Role }[];
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  actor.memberships.some((m) => roles.includes(m.role));

export const organisationsWithRole = (actor: Actor, ...roles: Role[]): string[] => [
  ...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId)),
];

export const isCoordination = (actor: Actor): boolean => hasRole(actor, 'coordination');
