import type { Achievement, BitstringStatusListEntry, Evidence } from '@territoires/open-badges';
import { randomUUID } from 'node:crypto';
import type { IssuerKeyring } from '../keys/keyring.js';
import { obAlignment } from './alignments/alignments.js';
import { issuerProfile, type Issuer } from './issuers.js';
import { openBadges } from './open-badges.js';
import { signCredential } from './signing/sign.js';
import type { achievements } from './tables.js';

type AchievementRow = typeof achievements.$inferSelect;

/** The second, as credentials write time: no milliseconds. */
export const credentialTime = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const achievementUrl = (issuer: Issuer, achievementId: string): string =>
  `${issuer.url}/achievements/${achievementId}`;

/** Where the image is served, under the issuer (the credential gives it absolute, PUBLIC_URL first). */
export const imagePath = (issuer: Issuer, imageKey: string | null): string | null =>
  imageKey === null ? null : `/issuers/${issuer.slug}/images/${imageKey}.png`;

export const imageUrl = (issuer: Issuer, imageKey: string | null): string | null => {
  const path = imagePath(issuer, imageKey);
  return path === null ? null : `${new URL(issuer.url).origin}${path}`;
};

/** Where the badge's English version is published, when the designer wrote one. */
export const englishAchievementUrl = (issuer: Issuer, achievementId: string): string =>
  `${achievementUrl(issuer, achievementId)}/en`;

/**
 * The badge as an OB 3.0 Achievement, in French (the language it was designed in) or, when the
 * designer wrote one, in English. Each names the other as `related` with its language, which is
 * how OB 3.0 links one achievement's translations (a text missing in English stays French).
 */
export function achievementOf(
  issuer: Issuer,
  row: AchievementRow,
  language: 'fr' | 'en' = 'fr',
): Achievement {
  const image = imageUrl(issuer, row.imageKey);
  const english = language === 'en';
  const frenchUrl = achievementUrl(issuer, row.id);
  const englishUrl = englishAchievementUrl(issuer, row.id);
  const related =
    row.nameEn === null
      ? []
      : [
          {
            id: english ? frenchUrl : englishUrl,
            type: ['Related'],
            inLanguage: english ? 'fr' : 'en',
          },
        ];
  return {
    id: english ? englishUrl : frenchUrl,
    type: ['Achievement'],
    name: (english ? row.nameEn : null) ?? row.name,
    description: (english ? row.descriptionEn : null) ?? row.description,
    criteria: { narrative: (english ? row.criteriaEn : null) ?? row.criteria },
    achievementType: row.achievementType,
    ...(row.tags.length > 0 ? { tag: row.tags } : {}),
    ...(image !== null ? { image: { id: image, type: 'Image', caption: row.imageAlt } } : {}),
    ...(row.alignments.length > 0 ? { alignment: row.alignments.map(obAlignment) } : {}),
    inLanguage: language,
    ...(related.length > 0 ? { related } : {}),
    creator: issuerProfile(issuer),
  };
}

export interface AwardFacts {
  issuer: Issuer;
  achievement: AchievementRow;
  /** The participant's stable URN (badges/recipients), never an e-mail. */
  recipientUrn: string;
  /** The name they chose to carry, if any (OB 3.0 identifier of type "name", not hashed). */
  recipientName: string | null;
  awardedAt: Date;
  validUntil: Date | null;
  status: BitstringStatusListEntry;
  /** Why: the reason and the experience it recognises (badges/evidence.ts). */
  evidence?: Evidence[] | null;
}

/** The AchievementCredential, unsigned: what signAward() signs (and a bulk acceptance, in workers). */
export async function unsignedAward(facts: AwardFacts): Promise<Record<string, unknown>> {
  const { issuer, achievement } = facts;
  const { buildAchievementSubject, buildCredential } = await openBadges();
  return buildCredential({
    id: `urn:uuid:${randomUUID()}`,
    credentialType: 'AchievementCredential',
    issuer: issuerProfile(issuer),
    validFrom: credentialTime(facts.awardedAt),
    ...(facts.validUntil !== null ? { validUntil: credentialTime(facts.validUntil) } : {}),
    awardedDate: credentialTime(facts.awardedAt),
    name: achievement.name,
    credentialSubject: buildAchievementSubject({
      id: facts.recipientUrn,
      achievement: achievementOf(issuer, achievement),
      ...(facts.recipientName !== null
        ? {
            identifier: [{ identityType: 'name', value: facts.recipientName, hashed: false }],
          }
        : {}),
    }),
    credentialStatus: { ...facts.status },
    ...(facts.evidence ? { evidence: facts.evidence } : {}),
  });
}

/** Builds and signs the AchievementCredential (eddsa-rdfc-2022, the issuer's current Ed25519 key). */
export async function signAward(
  keys: IssuerKeyring,
  facts: AwardFacts,
  clock: () => Date,
): Promise<Record<string, unknown>> {
  const key = await keys.signingKey(facts.issuer.did);
  return signCredential(await unsignedAward(facts), key, clock);
}
