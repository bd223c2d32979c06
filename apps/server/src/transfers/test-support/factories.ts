import type { Transfer } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import type { Services } from '../../services.js';
import { makeOrganisation, makeParticipant, makeStaff } from '../../test-support/factories.js';
import { proposeTransfer } from '../service.js';

/** An organisation that follows people: a coordinateur and a référent. */
export async function followingOrganisation(services: Services) {
  const { db } = services.database;
  const organisation = await makeOrganisation(db, { kind: 'consortium_member' });
  const [coordinator, referent] = await Promise.all([
    makeStaff(db, { role: 'coordinator', organisationId: organisation.id }),
    makeStaff(db, { role: 'referent', organisationId: organisation.id }),
  ]);
  return { id: organisation.id, coordinator, referent };
}

/** A transfer proposed through the real service. */
export const propose = (
  services: Services,
  actor: Actor,
  participantId: string,
  organisationId: string,
  reason?: string,
): Promise<Transfer> =>
  proposeTransfer(services, actor, participantId, {
    organisationId,
    ...(reason === undefined ? {} : { reason }),
  });

/**
 * A pending transfer to `toOrganisationId` of a participant followed elsewhere (an organisation of
 * its own, whose référent created the file and whose coordinateur proposed the move).
 */
export async function incomingTransfer(services: Services, toOrganisationId: string) {
  const sender = await followingOrganisation(services);
  const participant = await makeParticipant(services, { actor: sender.referent });
  const transfer = await propose(services, sender.coordinator, participant.id, toOrganisationId);
  return { sender, participant, transfer };
}
