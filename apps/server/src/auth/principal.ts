import type { Actor, ParticipantActor } from './actor.js';

/**
 * Who acts on a request: a staff member (with their memberships) or a participant signed in to their
 * own space. Services that act for either take a Principal; the policies decide what each may do.
 */
export type Principal =
  { kind: 'staff'; actor: Actor } | { kind: 'participant'; participant: ParticipantActor };

export const staffPrincipal = (actor: Actor): Principal => ({ kind: 'staff', actor });
export const participantPrincipal = (participant: ParticipantActor): Principal => ({
  kind: 'participant',
  participant,
});

/** The staff id written as author (timeline, audit, created_by), null for the participant. */
export const staffIdOf = (principal: Principal): string | null =>
  principal.kind === 'staff' ? principal.actor.staffId : null;
