import type { EndorsementTarget } from '@territoires/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { achievementUrl, imagePath } from './credentials.js';
import { issuerOf, issuersOf, type Issuer } from './issuers.js';
import { achievementById } from './repository.js';
import { achievements, awards } from './tables.js';

// What an endorsement may be about (issue 18), as the endorsements domain needs it: the id its
// EndorsementSubject names (the Achievement's URL, the issuer's DID, the credential's id, exactly as
// in the credentials), what the endorser reads, and whose it is.

export interface Endorsable {
  target: EndorsementTarget;
  subjectId: string;
  name: string;
  description: string;
  issuerName: string;
  imageUrl: string | null;
  imageAlt: string;
  /** The organisation that issues it. */
  organisationId: string;
  /** An award: its earner, and the name their credential carries. */
  participantId: string | null;
  recipientName: string | null;
}

const ISSUER_DESCRIPTION = 'Structure qui délivre des badges ouverts (Open Badges 3.0).';

/** A badge and its issuer, as the endorser reads them; undefined when either is missing. */
async function badgeFacts(db: Db | Tx, publicUrl: string, id: string) {
  const achievement = await achievementById(db, id);
  const issuer = achievement && (await issuerOf(db, publicUrl, achievement.organisationId));
  if (!achievement || !issuer) return undefined;
  return {
    achievement,
    name: achievement.name,
    description: achievement.description,
    issuerName: issuer.name,
    imageUrl: imagePath(issuer, achievement.imageKey),
    imageAlt: achievement.imageAlt,
    organisationId: issuer.organisationId,
    issuer,
  };
}

/** Undefined when it does not exist, or (an award) is not signed and standing. */
export async function endorsable(
  db: Db | Tx,
  publicUrl: string,
  target: EndorsementTarget,
): Promise<Endorsable | undefined> {
  const base = { target, participantId: null, recipientName: null };
  if (target.kind === 'issuer') {
    const issuer = await issuerOf(db, publicUrl, target.id);
    return issuer && { ...base, ...issuerFacts(issuer) };
  }
  const award =
    target.kind === 'award'
      ? (await db.select().from(awards).where(eq(awards.id, target.id)))[0]
      : undefined;
  const credentialId = award?.credential?.id;
  if (target.kind === 'award' && (award?.status !== 'accepted' || typeof credentialId !== 'string'))
    return undefined;
  const found = await badgeFacts(db, publicUrl, award?.achievementId ?? target.id);
  if (!found) return undefined;
  const { achievement, issuer, ...facts } = found;
  return award && typeof credentialId === 'string'
    ? {
        ...facts,
        target,
        subjectId: credentialId,
        participantId: award.participantId,
        recipientName: award.recipientName,
      }
    : { ...base, ...facts, subjectId: achievementUrl(issuer, achievement.id) };
}

function issuerFacts(issuer: Issuer) {
  return {
    subjectId: issuer.did,
    name: issuer.name,
    description: ISSUER_DESCRIPTION,
    issuerName: issuer.name,
    imageUrl: null,
    imageAlt: '',
    organisationId: issuer.organisationId,
  };
}

/** Every award of the participant, whatever its state (the ones their endorsements may be about). */
export async function awardsOfParticipant(db: Db | Tx, participantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: awards.id })
    .from(awards)
    .where(eq(awards.participantId, participantId));
  return rows.map((r) => r.id);
}

/** Every badge of the consortium's members, named with its issuer (what members may endorse). */
export async function consortiumBadges(
  db: Db | Tx,
  publicUrl: string,
  organisationIds: readonly string[],
): Promise<{ id: string; name: string; issuerName: string; organisationId: string }[]> {
  const [rows, issuers] = await Promise.all([
    db
      .select({
        id: achievements.id,
        name: achievements.name,
        organisationId: achievements.organisationId,
      })
      .from(achievements)
      .where(inArray(achievements.organisationId, [...organisationIds]))
      .orderBy(achievements.name),
    issuersOf(db, publicUrl, organisationIds),
  ]);
  return rows.flatMap((r) => {
    const issuer = issuers.get(r.organisationId);
    return issuer ? [{ ...r, issuerName: issuer.name }] : [];
  });
}
