import type { Award, RecipientName } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import {
  findParticipant,
  levelFor,
  recordParticipantEvent,
  type ParticipantEvent,
} from '../participants/index.js';
import type { Services } from '../services.js';
import { addMonths } from './dates.js';
import { presentForParticipant, presentForStaff, reread } from './awards.js';
import { signAward } from './credentials.js';
import { requireOwnAward, requireRecordAcceptance } from './policy.js';
import { awardForChange, recipientUrn, type AwardView } from './repository.js';
import { allocateStatus } from './status.js';
import { awards } from './tables.js';
import { ConflictError } from '../errors/index.js';

// Acceptance signs: the participant's "yes" (in their space, or recorded by whoever follows them)
// turns the offer into an OB 3.0 AchievementCredential, signed by the issuer's current Ed25519
// key, with a random place on its revocation list, and stored exactly as signed.

async function nameOf(
  tx: Tx,
  participantId: string,
  choice: RecipientName,
): Promise<string | null> {
  if (choice.kind === 'none') return null;
  if (choice.kind === 'typed') return choice.name;
  return (await findParticipant(tx, participantId)).pseudonym;
}

/** An accepted award's columns: the credential as signed, its place on the status list. */
export function acceptedColumns(
  credential: Record<string, unknown>,
  now: Date,
  staffId: string | null,
  validUntil: Date | null,
  status: { listId: string; index: number },
) {
  const subject = credential.credentialSubject as { identifier?: { identityHash: string }[] };
  return {
    status: 'accepted' as const,
    acceptedAt: now.toISOString(),
    acceptedById: staffId,
    recipientName: subject.identifier?.[0]?.identityHash ?? null,
    credential,
    validUntil: validUntil?.toISOString() ?? null,
    statusListId: status.listId,
    statusIndex: status.index,
  };
}

/** The acceptance on the participant's timeline and in the audit. */
export const acceptanceEvent = (
  { award, achievement }: AwardView,
  choice: RecipientName,
  staffId: string | null,
): ParticipantEvent => ({
  participantId: award.participantId,
  actorId: staffId,
  kind: 'badge_accepted',
  data: { awardId: award.id, achievementId: achievement.id },
  audit: {
    action: 'award.accept',
    entityType: 'award',
    entityId: award.id,
    before: { status: 'offered' },
    // Which kind of name, never the name itself.
    after: { status: 'accepted', name: choice.kind },
  },
});

async function accept(
  tx: Tx,
  services: Services,
  view: AwardView,
  choice: RecipientName,
  staffId: string | null,
): Promise<void> {
  if (view.award.status !== 'offered')
    throw new ConflictError('badges.not_offered', 'This badge is no longer waiting for an answer.');
  const now = services.clock();
  const { award, achievement, issuer } = view;
  const validUntil =
    achievement.validityMonths === null ? null : addMonths(now, achievement.validityMonths);
  const status = await allocateStatus(tx, issuer);
  const credential = await signAward(
    services.issuerKeys,
    {
      issuer,
      achievement,
      recipientUrn: await recipientUrn(tx, award.participantId),
      recipientName: await nameOf(tx, award.participantId, choice),
      awardedAt: now,
      validUntil,
      status: status.entry,
      evidence: award.evidence,
    },
    services.clock,
  );
  await tx
    .update(awards)
    .set(acceptedColumns(credential, now, staffId, validUntil, status))
    .where(eq(awards.id, award.id));
  await recordParticipantEvent(tx, acceptanceEvent(view, choice, staffId), now);
}

export async function acceptMyAward(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
  choice: RecipientName,
): Promise<Award> {
  return services.database.db.transaction(async (tx) => {
    const view = await awardForChange(tx, publicUrl, awardId);
    requireOwnAward(participant.participantId, view.award);
    await accept(tx, services, view, choice, null);
    return presentForParticipant(await reread(tx, publicUrl, awardId));
  });
}

export async function recordAwardAcceptance(
  services: Services,
  publicUrl: string,
  actor: Actor,
  awardId: string,
  choice: RecipientName,
): Promise<Award> {
  return services.database.db.transaction(async (tx) => {
    const view = await awardForChange(tx, publicUrl, awardId);
    const level = await levelFor(tx, actor, view.award.participantId);
    requireRecordAcceptance(level);
    await accept(tx, services, view, choice, actor.staffId);
    return presentForStaff(actor, level, await reread(tx, publicUrl, awardId));
  });
}
