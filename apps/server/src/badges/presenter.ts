import type { Achievement, Award } from '@territoires/contracts';
import { iso } from '../time/index.js';
// Our own screens load the image from where they are (same origin, the CSP's 'self').
import { imagePath } from './credentials.js';
import type { Issuer } from './issuers.js';
import type { achievements, awards } from './tables.js';

type AchievementRow = typeof achievements.$inferSelect;
type AwardRow = typeof awards.$inferSelect;

export const presentAchievement = (
  row: AchievementRow,
  issuer: Issuer,
  can: Achievement['can'],
): Achievement => ({
  id: row.id,
  organisationId: row.organisationId,
  issuerName: issuer.name,
  issuerId: issuer.did,
  name: row.name,
  description: row.description,
  criteria: row.criteria,
  nameEn: row.nameEn,
  descriptionEn: row.descriptionEn,
  criteriaEn: row.criteriaEn,
  achievementType: row.achievementType,
  tags: row.tags,
  validityMonths: row.validityMonths,
  imageAlt: row.imageAlt,
  alignments: row.alignments,
  imageUrl: imagePath(issuer, row.imageKey),
  version: row.version,
  can,
});

const isoOrNull = (value: string | null): string | null => (value === null ? null : iso(value));

export const presentAward = (
  row: AwardRow,
  achievement: AchievementRow,
  issuer: Issuer,
  can: Award['can'],
): Award => ({
  id: row.id,
  participantId: row.participantId,
  status: row.status,
  achievement: {
    id: achievement.id,
    name: achievement.name,
    description: achievement.description,
    issuerName: issuer.name,
    imageUrl: imagePath(issuer, achievement.imageKey),
    imageAlt: achievement.imageAlt,
  },
  offeredAt: iso(row.offeredAt),
  acceptedAt: isoOrNull(row.acceptedAt),
  declinedAt: isoOrNull(row.declinedAt),
  revokedAt: isoOrNull(row.revokedAt),
  revocationReason: row.revocationReason,
  recipientName: row.recipientName,
  validUntil: isoOrNull(row.validUntil),
  can,
});
