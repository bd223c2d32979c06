import { z } from 'zod';
import {
  idParamsSchema,
  idSchema,
  optionalText,
  timestampSchema,
  versionSchema,
} from './common.js';
import { alignmentSchema, alignmentsSchema } from './badge-designer.js';
import type { RouteContract } from './route-contract.js';

// Badges (Open Badges 3.0): each organisation is an issuer (did:web, ADR 0019); its staff design
// its badges (achievements) and award them to participants they follow. An award is offered, then
// accepted by the participant (or their référent with them), which signs the credential; it may be
// declined (final) or, once signed, revoked with a reason written for the earner.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const BADGES_ERROR_CODES = [
  'badges.unknown_achievement',
  'badges.unknown_organisation',
  'badges.image_not_png',
  'badges.already_awarded',
  'badges.not_offered',
  'badges.not_revocable',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const BADGES_TIMELINE_KINDS = [
  'badge_offered',
  'badge_accepted',
  'badge_declined',
  'badge_revoked',
] as const;

/**
 * OB 3.0 achievementType: the spec's vocabulary (those that fit a programme of lived experiences)
 * and, for what the spec has no word for, its `ext:` extension: non-formal and informal learning.
 */
export const ACHIEVEMENT_TYPES = [
  'Badge',
  'Competency',
  'Achievement',
  'Award',
  'CommunityService',
  'CoCurricular',
  'Course',
  'Fieldwork',
  'LearningProgram',
  'MicroCredential',
  'CertificateOfCompletion',
  'Membership',
  'ext:NonFormalLearning',
  'ext:InformalLearning',
] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];

export const AWARD_STATUSES = ['offered', 'accepted', 'declined', 'revoked'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

const requiredText = (max: number) => z.string().trim().min(1).max(max);

const achievementFields = {
  name: requiredText(120),
  description: requiredText(2000),
  criteria: requiredText(2000),
  nameEn: optionalText(120),
  descriptionEn: optionalText(2000),
  criteriaEn: optionalText(2000),
  achievementType: z.enum(ACHIEVEMENT_TYPES),
  tags: z.array(requiredText(40)).max(10).default([]),
  /** How long the credential is valid after it is awarded; null: no end. */
  validityMonths: z.number().int().min(1).max(120).nullable().default(null),
  /** The image's text alternative: every badge image has one (it travels in the credential). */
  imageAlt: requiredText(300),
  /** ROME jobs, data·inclusion thématiques, ESCO skills: the credential's `achievement.alignment`. */
  alignments: alignmentsSchema.default([]),
};

export const createAchievementBodySchema = z
  .object({ organisationId: idSchema, ...achievementFields })
  .strict();
export const updateAchievementBodySchema = z
  .object({ version: versionSchema, ...achievementFields })
  .strict();

export const achievementSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  /** The issuer's name as the credential carries it (a sensitive name is never shown). */
  issuerName: z.string(),
  issuerId: z.string(),
  name: z.string(),
  description: z.string(),
  criteria: z.string(),
  nameEn: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  criteriaEn: z.string().nullable(),
  achievementType: z.enum(ACHIEVEMENT_TYPES),
  tags: z.array(z.string()),
  validityMonths: z.number().int().nullable(),
  imageAlt: z.string(),
  alignments: z.array(alignmentSchema),
  /** Public address of the PNG; null until one is uploaded. */
  imageUrl: z.string().nullable(),
  version: versionSchema,
  can: z.object({ edit: z.boolean(), award: z.boolean() }),
});

/** The name the signed credential carries: the pseudonym, a name typed by the earner, or none. */
export const recipientNameSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pseudonym') }).strict(),
  z.object({ kind: z.literal('typed'), name: requiredText(120) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);
export const acceptAwardBodySchema = z.object({ name: recipientNameSchema }).strict();
export const offerAwardBodySchema = z
  .object({
    achievementId: idSchema,
    /** Why it is awarded (a reflexivity time's reason prefills it): the credential's evidence narrative. */
    narrative: requiredText(2000).optional(),
    /** The experience it recognises: its description and files' names become the credential's evidence. */
    experienceId: idSchema.optional(),
    /** The reflexivity time that proposed it: its proposal then reads "awarded". */
    reflectionId: idSchema.optional(),
  })
  .strict();
export const revokeAwardBodySchema = z.object({ reason: requiredText(500) }).strict();

export const awardSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  status: z.enum(AWARD_STATUSES),
  achievement: z.object({
    id: idSchema,
    name: z.string(),
    description: z.string(),
    issuerName: z.string(),
    imageUrl: z.string().nullable(),
    imageAlt: z.string(),
  }),
  offeredAt: timestampSchema,
  acceptedAt: timestampSchema.nullable(),
  declinedAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
  /** Written for the earner: they read it in their space. */
  revocationReason: z.string().nullable(),
  /** The name the signed credential carries (null: none, or not signed yet). */
  recipientName: z.string().nullable(),
  /** When the credential stops being valid (validity period of the badge), if it does. */
  validUntil: timestampSchema.nullable(),
  can: z.object({ accept: z.boolean(), revoke: z.boolean() }),
});

const awardParams = idParamsSchema;

/** An organisation the viewer designs and awards badges for. */
export const issuerChoiceSchema = z.object({
  organisationId: idSchema,
  name: z.string(),
  /** Its did:web, once it has designed a badge (the DID is made then, for good). */
  issuerId: z.string().nullable(),
});

export const badgesRoutes = {
  listIssuers: {
    method: 'GET',
    path: '/api/badges/issuers',
    summary: 'The organisations the viewer designs and awards badges for',
    tag: 'badges',
    response: z.array(issuerChoiceSchema),
  },
  listAchievements: {
    method: 'GET',
    path: '/api/badges/achievements',
    summary: "The badges of the viewer's organisations (every member's for coordination)",
    tag: 'badges',
    response: z.array(achievementSchema),
  },
  createAchievement: {
    method: 'POST',
    path: '/api/badges/achievements',
    summary: 'Design a badge for an organisation',
    tag: 'badges',
    body: createAchievementBodySchema,
    response: achievementSchema,
    status: 201,
  },
  updateAchievement: {
    method: 'PUT',
    path: '/api/badges/achievements/:id',
    summary: 'Change a badge (credentials already signed keep what they say)',
    tag: 'badges',
    params: idParamsSchema,
    body: updateAchievementBodySchema,
    response: achievementSchema,
  },
  uploadAchievementImage: {
    method: 'POST',
    path: '/api/badges/achievements/:id/image',
    summary:
      'The badge\'s image: a PNG or an SVG (multipart, field "file", 10 MB; an SVG with scripts or external references is refused)',
    tag: 'badges',
    params: idParamsSchema,
    response: achievementSchema,
  },
  participantAwards: {
    method: 'GET',
    path: '/api/participants/:id/awards',
    summary: "A participant's badges: offered, accepted, declined, revoked",
    tag: 'badges',
    params: idParamsSchema,
    response: z.array(awardSchema),
  },
  offerAward: {
    method: 'POST',
    path: '/api/participants/:id/awards',
    summary: 'Offer a badge to a participant (they accept it, or not)',
    tag: 'badges',
    params: idParamsSchema,
    body: offerAwardBodySchema,
    response: awardSchema,
    status: 201,
  },
  recordAwardAcceptance: {
    method: 'POST',
    path: '/api/awards/:id/accept',
    summary: 'The référent records the participant\'s "yes" with them: the credential is signed',
    tag: 'badges',
    params: awardParams,
    body: acceptAwardBodySchema,
    response: awardSchema,
  },
  revokeAward: {
    method: 'POST',
    path: '/api/awards/:id/revoke',
    summary: 'Revoke a signed badge, with a reason written for the earner',
    tag: 'badges',
    params: awardParams,
    body: revokeAwardBodySchema,
    response: awardSchema,
  },
  myAwards: {
    method: 'GET',
    path: '/api/me/awards',
    summary: 'My badges',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(awardSchema),
  },
  acceptMyAward: {
    method: 'POST',
    path: '/api/me/awards/:id/accept',
    summary: 'I accept a badge offered to me, under the name I choose',
    tag: 'participant-space',
    audience: 'participant',
    params: awardParams,
    body: acceptAwardBodySchema,
    response: awardSchema,
  },
  declineMyAward: {
    method: 'POST',
    path: '/api/me/awards/:id/decline',
    summary: 'I decline a badge offered to me (final)',
    tag: 'participant-space',
    audience: 'participant',
    params: awardParams,
    response: awardSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Achievement = z.infer<typeof achievementSchema>;
export type IssuerChoice = z.infer<typeof issuerChoiceSchema>;
export type CreateAchievementBody = z.infer<typeof createAchievementBodySchema>;
export type UpdateAchievementBody = z.infer<typeof updateAchievementBodySchema>;
export type Award = z.infer<typeof awardSchema>;
export type RecipientName = z.infer<typeof recipientNameSchema>;
