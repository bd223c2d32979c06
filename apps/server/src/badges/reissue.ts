import { and, eq, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { issuerOf, type Issuer } from './issuers.js';
import { openBadges } from './open-badges.js';
import { allocateStatus } from './status.js';
import { achievements, awards, badgeClaimCredentials } from './tables.js';

/*
 * A compromised key (ADR 0019): the keyring revokes it (it leaves the DID document's
 * assertionMethod, a new key takes its place); every credential it signed is revoked on the
 * status list and signed anew, saying exactly what it said (same subject, achievement, dates,
 * evidence) under a new id and a new place on the list. Re-running it re-issues what is left.
 */

/** The reason the earner reads on the old badge. */
export const REISSUE_REASON =
  'La clé qui avait signé ce badge a été remplacée par sécurité : il a été signé à nouveau.';

type Credential = Record<string, unknown>;

const signedBy = (credential: Credential | null, keyId: string): boolean =>
  Array.isArray(credential?.proof) &&
  (credential.proof as { verificationMethod?: unknown }[]).some(
    (proof) => proof.verificationMethod === keyId,
  );

/** The same credential, a new id and status entry, signed with the issuer's current key. */
async function signAnew(tx: Tx, services: Services, issuer: Issuer, old: Credential) {
  const status = await allocateStatus(tx, issuer);
  const { proof: _proof, ...rest } = old;
  const { issueCredential } = await openBadges();
  const key = await services.issuerKeys.signingKey(issuer.did);
  const credential = await issueCredential(
    { ...rest, id: `urn:uuid:${randomUUID()}`, credentialStatus: { ...status.entry } },
    { key, clock: services.clock },
  );
  return { credential, status };
}

async function reissueAwards(tx: Tx, services: Services, issuer: Issuer, keyId: string) {
  const now = services.clock();
  const rows = await tx
    .select({ award: awards })
    .from(awards)
    .innerJoin(achievements, eq(achievements.id, awards.achievementId))
    .where(
      and(eq(achievements.organisationId, issuer.organisationId), eq(awards.status, 'accepted')),
    );
  const affected = rows.map((r) => r.award).filter((a) => signedBy(a.credential, keyId));
  for (const old of affected) {
    if (!old.credential) continue;
    await tx
      .update(awards)
      .set({ status: 'revoked', revokedAt: now.toISOString(), revocationReason: REISSUE_REASON })
      .where(eq(awards.id, old.id));
    const { credential, status } = await signAnew(tx, services, issuer, old.credential);
    const { id: _id, ...copied } = old;
    const [row] = await tx
      .insert(awards)
      .values({
        ...copied,
        credential,
        statusListId: status.listId,
        statusIndex: status.index,
        reissuedFromId: old.id,
      })
      .returning({ id: awards.id });
    if (!row) throw new Error('insert returned nothing');
    await recordParticipantEvent(
      tx,
      {
        participantId: old.participantId,
        actorId: null,
        kind: 'badge_reissued',
        data: { awardId: row.id, previousAwardId: old.id, achievementId: old.achievementId },
        audit: {
          action: 'award.reissue',
          entityType: 'award',
          entityId: row.id,
          before: { awardId: old.id, status: 'accepted' },
          after: { status: 'accepted', reason: 'key_revoked' },
        },
      },
      now,
    );
  }
  return affected.length;
}

async function reissueGuestCredentials(tx: Tx, services: Services, issuer: Issuer, keyId: string) {
  const now = services.clock();
  const rows = await tx
    .select()
    .from(badgeClaimCredentials)
    .where(isNull(badgeClaimCredentials.revokedAt));
  const affected = rows.filter((row) => {
    const issuerId = (row.credential.issuer as { id?: unknown } | undefined)?.id;
    return issuerId === issuer.did && signedBy(row.credential, keyId);
  });
  for (const old of affected) {
    await tx
      .update(badgeClaimCredentials)
      .set({ revokedAt: now.toISOString() })
      .where(eq(badgeClaimCredentials.id, old.id));
    const { credential, status } = await signAnew(tx, services, issuer, old.credential);
    const [row] = await tx
      .insert(badgeClaimCredentials)
      .values({
        claimId: old.claimId,
        credential,
        statusListId: status.listId,
        statusIndex: status.index,
        signedAt: now.toISOString(),
        reissuedFromId: old.id,
      })
      .returning({ id: badgeClaimCredentials.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'badge_claim.reissue',
        entityType: 'badge_claim',
        entityId: old.claimId,
        before: null,
        after: { reason: 'key_revoked' },
      },
      now,
    );
  }
  return affected.length;
}

/** Re-issues what the key signed (after it was revoked); how many awards and guests' credentials. */
export async function reissueSignedBy(
  services: Services,
  publicUrl: string,
  organisationId: string,
  keyId: string,
): Promise<{ awards: number; guests: number }> {
  return services.database.db.transaction(async (tx) => {
    const issuer = await issuerOf(tx, publicUrl, organisationId);
    if (!issuer) return { awards: 0, guests: 0 };
    return {
      awards: await reissueAwards(tx, services, issuer, keyId),
      guests: await reissueGuestCredentials(tx, services, issuer, keyId),
    };
  });
}

/** Revokes a compromised key of the organisation, then re-issues everything it signed. */
export async function revokeCompromisedKey(
  services: Services,
  publicUrl: string,
  organisationId: string,
  keyId: string,
): Promise<{ awards: number; guests: number }> {
  const issuer = await issuerOf(services.database.db, publicUrl, organisationId);
  if (!issuer) throw new Error('This organisation has never issued a badge.');
  await services.issuerKeys.revoke(issuer.did, keyId);
  return reissueSignedBy(services, publicUrl, organisationId, keyId);
}
