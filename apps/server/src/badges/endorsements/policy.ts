import type { EndorsementTargetKind } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import { requireAwardsVisible, speaksFor, type IssuerFacts } from '../policy.js';
import { ForbiddenError, NotFoundError } from '../../errors/index.js';
import type { AccessLevel } from '../../participants/policy.js';

/*
 * Who asks for and gives endorsements (issue 18), as pure functions of the actor and loaded facts.
 * Staff invite endorsers for what they speak for (their organisation's badges and issuer identity,
 * ADR 0019's issuer roles) and for the badges of a person whose file they see; the earner invites for
 * their own. A consortium member endorses another member's badge or issuer in its own name, through
 * the staff who speak for it. The earner alone answers endorsements of their badges.
 */

export interface InviteFacts {
  kind: EndorsementTargetKind;
  issuer: IssuerFacts;
  /** An award: the actor's access to its earner's file. */
  level: AccessLevel | null;
}

export function requireInvite(actor: Actor, facts: InviteFacts): void {
  if (facts.kind === 'award') {
    // Someone who does not see the file learns nothing of the person: the award's 404.
    requireAwardsVisible(facts.level ?? 'none');
    return;
  }
  if (!speaksFor(actor, facts.issuer)) throw new ForbiddenError();
}

/** An organisation the actor may endorse in the name of: a consortium member they speak for. */
export const mayEndorseAs = (actor: Actor, endorser: IssuerFacts): boolean =>
  endorser.kind === 'consortium_member' && speaksFor(actor, endorser);

export function requireEndorseAs(actor: Actor, endorser: IssuerFacts): void {
  if (!mayEndorseAs(actor, endorser)) throw new ForbiddenError();
}

/** A participant answers endorsements of their own badges; another's is a missing one. */
export function requireOwnEndorsement(participantId: string, earnerId: string | null): void {
  if (earnerId !== participantId) throw new NotFoundError('Endorsement');
}
