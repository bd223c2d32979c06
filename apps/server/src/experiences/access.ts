import type { Actor, ParticipantActor } from '../auth/actor.js';
import type { Db, Tx } from '../db/database.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { participantFor } from '../participants/access.js';
import { canSeeSensitive } from '../participants/policy.js';

/** Who writes or reads: a staff member, or the participant in their own space. */
export type Who =
  { kind: 'staff'; actor: Actor } | { kind: 'participant'; participant: ParticipantActor };

export const staffWho = (actor: Actor): Who => ({ kind: 'staff', actor });
export const participantWho = (participant: ParticipantActor): Who => ({
  kind: 'participant',
  participant,
});

/** The staff id written as author (timeline, audit, created_by), null for the participant. */
export const staffIdOf = (who: Who): string | null =>
  who.kind === 'staff' ? who.actor.staffId : null;

/**
 * Experiences, reflexivity times and their files are the participant's own words and photos: only
 * the participant, their current follow-up team and coordination see them. Colleagues of the
 * following organisation who are not on the team and partner staff (even at the activity where the
 * experience was lived) get a 403; anyone who cannot see the participant at all gets a 404.
 */
export async function requireAccess(db: Db | Tx, who: Who, participantId: string): Promise<void> {
  if (who.kind === 'participant') {
    if (who.participant.participantId !== participantId) throw new NotFoundError('Participant');
    return;
  }
  const { level } = await participantFor(db, who.actor, participantId);
  if (!canSeeSensitive(level)) throw new ForbiddenError();
}

/** A record of another participant is as invisible to a participant as a missing one. */
export async function requireRecordAccess(
  db: Db | Tx,
  who: Who,
  participantId: string,
  what: string,
): Promise<void> {
  if (who.kind === 'participant' && who.participant.participantId !== participantId)
    throw new NotFoundError(what);
  await requireAccess(db, who, participantId);
}
