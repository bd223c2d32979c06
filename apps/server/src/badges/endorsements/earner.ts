import type { Endorsement } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { ParticipantActor } from '../../auth/actor.js';
import { awardsOfParticipant } from '../endorsable.js';
import { ConflictError } from '../../errors/index.js';
import { recordParticipantEvent } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { requireOwnEndorsement } from './policy.js';
import { presentEndorsement } from './presenter.js';
import { endorsementViews, lockEndorsement } from './repository.js';
import { endorsements } from './tables.js';

// The earner's answer to endorsements of their own badges: accepted ones show on the share page and
// go into downloads; declining is final (the endorser may be invited again).

export async function myEndorsements(
  services: Services,
  participant: ParticipantActor,
): Promise<Endorsement[]> {
  const { db } = services.database;
  const awardIds = await awardsOfParticipant(db, participant.participantId);
  const views = await endorsementViews(db, {
    targets: awardIds.map((id) => ({ kind: 'award' as const, id })),
  });
  return views.map(presentEndorsement).reverse();
}

export async function answerMyEndorsement(
  services: Services,
  participant: ParticipantActor,
  endorsementId: string,
  answer: 'accepted' | 'declined',
): Promise<Endorsement> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const row = await lockEndorsement(tx, endorsementId);
    const earners =
      row?.targetKind === 'award' ? await awardsOfParticipant(tx, participant.participantId) : [];
    requireOwnEndorsement(
      participant.participantId,
      row && earners.includes(row.targetId) ? participant.participantId : null,
    );
    if (!row || row.status !== 'pending')
      throw new ConflictError('endorsements.not_pending', 'This endorsement was already answered.');
    await tx
      .update(endorsements)
      .set({ status: answer, decidedAt: now.toISOString() })
      .where(eq(endorsements.id, row.id));
    await recordParticipantEvent(
      tx,
      {
        participantId: participant.participantId,
        actorId: null,
        kind: answer === 'accepted' ? 'endorsement_accepted' : 'endorsement_declined',
        data: { endorsementId: row.id, awardId: row.targetId },
        audit: {
          action: `endorsement.${answer === 'accepted' ? 'accept' : 'decline'}`,
          entityType: 'endorsement',
          entityId: row.id,
          before: { status: 'pending' },
          after: { status: answer },
        },
      },
      now,
    );
    const [view] = await endorsementViews(tx, { ids: [row.id] });
    if (!view) throw new Error('endorsement vanished');
    return presentEndorsement(view);
  });
}
