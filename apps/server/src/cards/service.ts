import { CARD_CODE_LENGTH, formatCardCode, type Card } from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Db, Tx } from '../db/database.js';
import { participantCards } from '../db/schema.js';
import { participantFor } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireCardKeeper } from './policy.js';
import { iso } from '../time/index.js';

/** No 0/O, 1/I: the code is read aloud or typed from paper when the camera fails. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** 8 characters of 32: 40 random bits, plenty to tell a consortium's cards apart. */
export function newCardCode(): string {
  let code = '';
  for (let i = 0; i < CARD_CODE_LENGTH; i += 1) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code;
}

const liveCard = async (db: Db | Tx, participantId: string) => {
  const [row] = await db
    .select()
    .from(participantCards)
    .where(
      and(eq(participantCards.participantId, participantId), isNull(participantCards.revokedAt)),
    );
  return row ?? null;
};

async function present(
  pseudonym: string,
  card: { code: string; issuedAt: string } | null,
): Promise<Card> {
  if (!card) return { pseudonym, card: null };
  const code = formatCardCode(card.code);
  const qrSvg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { pseudonym, card: { code, qrSvg, issuedAt: iso(card.issuedAt) } };
}

/** The card is for the follow-up circle to print and hand over; partners only scan it. */
export async function participantCard(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<Card> {
  const { db } = services.database;
  const { row, level } = await participantFor(db, actor, participantId);
  requireCardKeeper(level);
  return present(row.pseudonym, await liveCard(db, participantId));
}

async function revokeLive(tx: Tx, actor: Actor, participantId: string, now: Date) {
  const revoked = await tx
    .update(participantCards)
    .set({ revokedAt: now.toISOString() })
    .where(
      and(eq(participantCards.participantId, participantId), isNull(participantCards.revokedAt)),
    )
    .returning({ id: participantCards.id });
  for (const card of revoked)
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'card.revoke',
        entityType: 'participant_card',
        entityId: card.id,
      },
      now,
    );
}

/** Issues a new card; the previous one (lost, stolen) stops working at once. */
export async function issueParticipantCard(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<Card> {
  const now = services.clock();
  const { pseudonym, card } = await services.database.db.transaction(async (tx) => {
    const { row, level } = await participantFor(tx, actor, participantId);
    requireCardKeeper(level);
    await revokeLive(tx, actor, participantId, now);
    const [made] = await tx
      .insert(participantCards)
      .values({
        participantId,
        code: newCardCode(),
        issuedById: actor.staffId,
        issuedAt: now.toISOString(),
      })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'card.issue',
        entityType: 'participant_card',
        entityId: made.id,
        after: { participantId },
      },
      now,
    );
    return { pseudonym: row.pseudonym, card: made };
  });
  return present(pseudonym, card);
}

export async function revokeParticipantCard(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<{ ok: true }> {
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const { level } = await participantFor(tx, actor, participantId);
    requireCardKeeper(level);
    await revokeLive(tx, actor, participantId, now);
  });
  return { ok: true };
}
