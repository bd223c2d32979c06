import type { BackpackEntry, ShareLink } from '@territoires/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import { recordAudit } from '../../audit/record.js';
import type { ParticipantActor } from '../../auth/actor.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Tx } from '../../db/database.js';
import { ConflictError } from '../../errors/index.js';
import type { Services } from '../../services.js';
import { iso } from '../../time/index.js';
import { presentForParticipant } from '../awards.js';
import { mayShare, requireOwnAward } from '../policy.js';
import { awardForChange, awardViews, type AwardView } from '../repository.js';
import { awards, awardShares } from '../tables.js';

// The participant's own backpack (issue 17): their badges with their choices, share links (a
// 256-bit token shown once, its hash kept), stopping them, hiding a badge. Each change is one
// transaction with its audit event; the earner acts (actorId null), nothing goes to the timeline:
// what they share is theirs, not their référent's business.

type ShareRow = typeof awardShares.$inferSelect;

/** The share page's address: the token in the path, for an employer's phone without script. */
export const shareUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/partage/${token}`;

const entryOf = (view: AwardView, share: ShareRow | undefined): BackpackEntry => ({
  award: presentForParticipant(view),
  hidden: view.award.hiddenAt !== null,
  share: share ? { since: iso(share.createdAt), showEvidence: share.showEvidence } : null,
});

async function liveShares(db: Services['database']['db'] | Tx, awardIds: string[]) {
  if (awardIds.length === 0) return new Map<string, ShareRow>();
  const rows = await db
    .select()
    .from(awardShares)
    .where(and(inArray(awardShares.awardId, awardIds), isNull(awardShares.revokedAt)));
  return new Map(rows.map((row) => [row.awardId, row]));
}

export async function myBackpack(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
): Promise<BackpackEntry[]> {
  const { db } = services.database;
  const views = (
    await awardViews(db, publicUrl, { participantId: participant.participantId })
  ).filter((view) => view.award.status !== 'declined');
  const shares = await liveShares(
    db,
    views.map((view) => view.award.id),
  );
  return views.map((view) => entryOf(view, shares.get(view.award.id)));
}

/** Ends the badge's live link, if any (audited). */
async function stopLive(tx: Tx, awardId: string, now: Date): Promise<void> {
  const stopped = await tx
    .update(awardShares)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(awardShares.awardId, awardId), isNull(awardShares.revokedAt)))
    .returning({ id: awardShares.id });
  for (const row of stopped)
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'award_share.stop',
        entityType: 'award_share',
        entityId: row.id,
        before: { live: true },
        after: { live: false },
      },
      now,
    );
}

async function ownForChange(
  tx: Tx,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
): Promise<AwardView> {
  const view = await awardForChange(tx, publicUrl, awardId);
  requireOwnAward(participant.participantId, view.award);
  return view;
}

export async function shareMyAward(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
  showEvidence: boolean,
): Promise<ShareLink> {
  const now = services.clock();
  const token = newToken();
  await services.database.db.transaction(async (tx) => {
    const view = await ownForChange(tx, publicUrl, participant, awardId);
    if (!mayShare(view.award))
      throw new ConflictError(
        'badges.not_shareable',
        'Only an accepted badge, not hidden, is shared.',
      );
    await stopLive(tx, awardId, now);
    const [row] = await tx
      .insert(awardShares)
      .values({ awardId, tokenHash: hashToken(token), showEvidence, createdAt: now.toISOString() })
      .returning({ id: awardShares.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'award_share.create',
        entityType: 'award_share',
        entityId: row.id,
        before: null,
        after: { awardId, showEvidence },
      },
      now,
    );
  });
  const url = shareUrl(publicUrl, token);
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { url, qrSvg, since: now.toISOString(), showEvidence };
}

async function reread(tx: Tx, publicUrl: string, awardId: string): Promise<BackpackEntry> {
  const view = await awardForChange(tx, publicUrl, awardId);
  return entryOf(view, (await liveShares(tx, [awardId])).get(awardId));
}

export function stopSharingMyAward(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
): Promise<BackpackEntry> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    await ownForChange(tx, publicUrl, participant, awardId);
    await stopLive(tx, awardId, now);
    return reread(tx, publicUrl, awardId);
  });
}

/** Hiding stops the link too: showing the badge again does not publish it again. */
export function setMyAwardVisibility(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
  hidden: boolean,
): Promise<BackpackEntry> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const view = await ownForChange(tx, publicUrl, participant, awardId);
    const wasHidden = view.award.hiddenAt !== null;
    if (wasHidden !== hidden) {
      await tx
        .update(awards)
        .set({ hiddenAt: hidden ? now.toISOString() : null })
        .where(eq(awards.id, awardId));
      await recordAudit(
        tx,
        {
          actorId: null,
          action: hidden ? 'award.hide' : 'award.show',
          entityType: 'award',
          entityId: awardId,
          before: { hidden: wasHidden },
          after: { hidden },
        },
        now,
      );
    }
    if (hidden) await stopLive(tx, awardId, now);
    return reread(tx, publicUrl, awardId);
  });
}
