import type { BitstringStatusListEntry } from '@territoires/open-badges';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { recordAudits } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { bumpReadVersion } from '../db/version-cache.js';
import { recordParticipantEvents } from '../participants/index.js';
import type { Services } from '../services.js';
import { inChunks } from './bulk-writes.js';
import { issuerOf, type Issuer } from './issuers.js';
import { withSigningPool, type BulkSigning, type SigningPool } from './signing/pool.js';
import { allocateStatuses } from './status.js';
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

/** The same credential, a new id and status entry: to be signed with the issuer's current key. */
const anew = ({ proof: _proof, ...rest }: Credential, status: BitstringStatusListEntry) => ({
  ...rest,
  id: `urn:uuid:${randomUUID()}`,
  credentialStatus: { ...status },
});

/** Every credential to re-issue: new places on the list at once, then signed on the pool. */
async function signAnew(
  tx: Tx,
  services: Services,
  pool: SigningPool,
  issuer: Issuer,
  olds: Credential[],
) {
  const places = await allocateStatuses(tx, issuer, olds.length);
  const key = await services.issuerKeys.signingKey(issuer.did);
  const pairs = olds.map((old, i) => {
    const status = places[i];
    if (!status) throw new Error('no status place');
    return { status, job: { unsigned: anew(old, status.entry), key } };
  });
  const credentials = await pool.sign(
    pairs.map((p) => p.job),
    services.clock(),
  );
  return pairs.map(({ status }, i) => ({ status, credential: credentials[i] ?? {} }));
}

async function reissueAwards(
  tx: Tx,
  services: Services,
  pool: SigningPool,
  issuer: Issuer,
  keyId: string,
) {
  const now = services.clock();
  const rows = await tx
    .select({ award: awards })
    .from(awards)
    .innerJoin(achievements, eq(achievements.id, awards.achievementId))
    .where(
      and(eq(achievements.organisationId, issuer.organisationId), eq(awards.status, 'accepted')),
    );
  const affected = rows.flatMap(({ award }) =>
    award.credential && signedBy(award.credential, keyId)
      ? [{ ...award, credential: award.credential }]
      : [],
  );
  if (affected.length === 0) return 0;
  // Revoked first: one live award of a badge per person (awards_live_uq).
  await tx
    .update(awards)
    .set({ status: 'revoked', revokedAt: now.toISOString(), revocationReason: REISSUE_REASON })
    .where(
      inArray(
        awards.id,
        affected.map((a) => a.id),
      ),
    );
  const signed = await signAnew(
    tx,
    services,
    pool,
    issuer,
    affected.map((a) => a.credential),
  );
  const rowsAnew = affected.map(({ id, ...copied }, i) => ({
    ...copied,
    id: randomUUID(),
    credential: signed[i]?.credential ?? {},
    statusListId: signed[i]?.status.listId ?? null,
    statusIndex: signed[i]?.status.index ?? null,
    reissuedFromId: id,
  }));
  await inChunks(rowsAnew, (slice) => tx.insert(awards).values(slice));
  await inChunks(
    rowsAnew.map((row) => ({
      participantId: row.participantId,
      actorId: null,
      kind: 'badge_reissued' as const,
      data: {
        awardId: row.id,
        previousAwardId: row.reissuedFromId,
        achievementId: row.achievementId,
      },
      audit: {
        action: 'award.reissue',
        entityType: 'award',
        entityId: row.id,
        before: { awardId: row.reissuedFromId, status: 'accepted' },
        after: { status: 'accepted', reason: 'key_revoked' },
      },
    })),
    (events) => recordParticipantEvents(tx, events, now),
  );
  return affected.length;
}

async function reissueGuestCredentials(
  tx: Tx,
  services: Services,
  pool: SigningPool,
  issuer: Issuer,
  keyId: string,
) {
  const now = services.clock();
  const rows = await tx
    .select()
    .from(badgeClaimCredentials)
    .where(isNull(badgeClaimCredentials.revokedAt));
  const affected = rows.filter((row) => {
    const issuerId = (row.credential.issuer as { id?: unknown } | undefined)?.id;
    return issuerId === issuer.did && signedBy(row.credential, keyId);
  });
  if (affected.length === 0) return 0;
  await tx
    .update(badgeClaimCredentials)
    .set({ revokedAt: now.toISOString() })
    .where(
      inArray(
        badgeClaimCredentials.id,
        affected.map((old) => old.id),
      ),
    );
  const signed = await signAnew(
    tx,
    services,
    pool,
    issuer,
    affected.map((old) => old.credential),
  );
  const rowsAnew = affected.map((old, i) => {
    const { credential, status } = signed[i] ?? {};
    if (!credential || !status) throw new Error('not signed');
    return {
      claimId: old.claimId,
      credential,
      statusListId: status.listId,
      statusIndex: status.index,
      signedAt: now.toISOString(),
      reissuedFromId: old.id,
    };
  });
  await inChunks(rowsAnew, (slice) => tx.insert(badgeClaimCredentials).values(slice));
  await inChunks(
    affected.map((old) => ({
      actorId: null,
      action: 'badge_claim.reissue',
      entityType: 'badge_claim',
      entityId: old.claimId,
      before: null,
      after: { reason: 'key_revoked' },
    })),
    (entries) => recordAudits(tx, entries, now),
  );
  return affected.length;
}

/** Re-issues what the key signed (after it was revoked); how many awards and guests' credentials. */
export async function reissueSignedBy(
  services: Services,
  publicUrl: string,
  organisationId: string,
  keyId: string,
  signing: BulkSigning = {},
): Promise<{ awards: number; guests: number }> {
  return withSigningPool(signing, (pool) =>
    services.database.db.transaction(async (tx) => {
      const issuer = await issuerOf(tx, publicUrl, organisationId);
      if (!issuer) return { awards: 0, guests: 0 };
      return {
        awards: await reissueAwards(tx, services, pool, issuer, keyId),
        guests: await reissueGuestCredentials(tx, services, pool, issuer, keyId),
      };
    }),
  );
}

/** Revokes a compromised key of the organisation, then re-issues everything it signed. */
export async function revokeCompromisedKey(
  services: Services,
  publicUrl: string,
  organisationId: string,
  keyId: string,
  signing: BulkSigning = {},
): Promise<{ awards: number; guests: number }> {
  const issuer = await issuerOf(services.database.db, publicUrl, organisationId);
  if (!issuer) throw new Error('This organisation has never issued a badge.');
  await services.issuerKeys.revoke(issuer.did, keyId);
  // The keyring lives in files, not in a watched table: results that read the issuer's DID document
  // are forgotten now, even if the key signed nothing (ADR 0028).
  await bumpReadVersion(services.database.db);
  return reissueSignedBy(services, publicUrl, organisationId, keyId, signing);
}
