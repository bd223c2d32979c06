import type { VcJwt } from '@territoires/contracts';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import type { IssuerKeyring } from '../keys/keyring.js';
import { levelFor } from '../participants/index.js';
import type { Services } from '../services.js';
import { openBadges } from './open-badges.js';
import { requireAwardsVisible, requireOwnAward } from './policy.js';
import { awardViews, type AwardView } from './repository.js';

// VC-JWT on demand (OB 3.0 §8.2): the stored credential without its embedded proof, signed as a
// JWT with the issuer's current P-256 key (ES256). Nothing is stored: the same credential (id,
// status entry, dates), another envelope.

/** The credential as a VC-JWT; only a signed (accepted) badge has one. */
export async function asVcJwt(
  keys: IssuerKeyring,
  view: AwardView,
  clock: () => Date,
): Promise<VcJwt> {
  const credential = view.award.credential;
  if (view.award.status !== 'accepted' || credential === null)
    throw new ConflictError('badges.not_signed', 'Only an accepted badge is signed.');
  const { proof: _proof, ...unsigned } = credential;
  const { signJwt } = await openBadges();
  const key = await keys.signingKey(view.issuer.did, 'ES256');
  return { format: 'vc+jwt', jwt: await signJwt(unsigned, { key, clock }) };
}

async function viewOf(services: Services, publicUrl: string, awardId: string) {
  const [view] = await awardViews(services.database.db, publicUrl, { awardIds: [awardId] });
  if (!view) throw new NotFoundError('Award');
  return view;
}

/** For whoever sees the person's file (the others get the award's 404). */
export async function awardVcJwt(
  services: Services,
  publicUrl: string,
  actor: Actor,
  awardId: string,
): Promise<VcJwt> {
  const view = await viewOf(services, publicUrl, awardId);
  const level = await levelFor(services.database.db, actor, view.award.participantId);
  requireAwardsVisible(level);
  return asVcJwt(services.issuerKeys, view, services.clock);
}

export async function myAwardVcJwt(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
): Promise<VcJwt> {
  const view = await viewOf(services, publicUrl, awardId);
  requireOwnAward(participant.participantId, view.award);
  return asVcJwt(services.issuerKeys, view, services.clock);
}
