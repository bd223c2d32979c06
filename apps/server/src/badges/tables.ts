// Types only, like db/tables: drizzle-kit loads this file without the contracts package being built.
import type { AchievementType, AwardStatus, StoredAlignment } from '@territoires/contracts';
import type { Evidence } from '@territoires/open-badges';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { activitySessions } from '../db/tables/activities.js';
import {
  at,
  contractObjectives,
  createdAt,
  id,
  organisations,
  participants,
  staff,
} from '../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).
// The issuers' keys are not here (ADR 0019): they live in key files, sealed with the master key.

/** The PUBLIC_URL the issuers' DIDs were made from, fixed at first start (one row). */
export const badgeIssuerOrigin = pgTable('badge_issuer_origin', {
  id: integer('id').primaryKey().default(1),
  publicUrl: text('public_url').notNull(),
  fixedAt: at('fixed_at').notNull().defaultNow(),
});

/** An organisation as an issuer: its slug, part of its did:web, never changes once made. */
export const badgeIssuers = pgTable(
  'badge_issuers',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('badge_issuers_slug_uq').on(t.slug)],
);

/** A badge an organisation designed (an OB 3.0 Achievement). */
export const achievements = pgTable(
  'achievements',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    description: text('description').notNull(),
    criteria: text('criteria').notNull(),
    nameEn: text('name_en'),
    descriptionEn: text('description_en'),
    criteriaEn: text('criteria_en'),
    achievementType: text('achievement_type').$type<AchievementType>().notNull(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    validityMonths: integer('validity_months'),
    imageAlt: text('image_alt').notNull(),
    /** ROME jobs, data·inclusion thématiques, ESCO skills, named as when they were chosen. */
    alignments: jsonb('alignments').$type<StoredAlignment[]>().notNull().default([]),
    /** Storage key of the PNG (files/), new on each upload: its address never serves other bytes. */
    imageKey: text('image_key'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => staff.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index('achievements_organisation_idx').on(t.organisationId, t.createdAt)],
);

/** A participant as a recipient: a stable URN of their own, never an e-mail, hashed or not. */
export const badgeRecipients = pgTable('badge_recipients', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id),
  urn: text('urn').notNull().unique(),
});

/** A BitstringStatusList of an issuer, served at /issuers/<slug>/status/<number>. */
export const badgeStatusLists = pgTable(
  'badge_status_lists',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    number: integer('number').notNull(),
    length: integer('length').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('badge_status_lists_number_uq').on(t.organisationId, t.number)],
);

/** A badge offered to a participant, and what became of it; the signed credential once accepted. */
export const awards = pgTable(
  'awards',
  {
    id: id(),
    achievementId: uuid('achievement_id')
      .notNull()
      .references(() => achievements.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status').$type<AwardStatus>().notNull().default('offered'),
    offeredById: uuid('offered_by_id')
      .notNull()
      .references(() => staff.id),
    offeredAt: at('offered_at').notNull(),
    /** Null when the participant accepted from their own space. */
    acceptedById: uuid('accepted_by_id').references(() => staff.id),
    acceptedAt: at('accepted_at'),
    recipientName: text('recipient_name'),
    /** The credential exactly as signed (JSON, proof included): never rebuilt. */
    credential: jsonb('credential').$type<Record<string, unknown>>(),
    validUntil: at('valid_until'),
    statusListId: uuid('status_list_id').references(() => badgeStatusLists.id),
    statusIndex: integer('status_index'),
    declinedAt: at('declined_at'),
    revokedAt: at('revoked_at'),
    revokedById: uuid('revoked_by_id').references(() => staff.id),
    revocationReason: text('revocation_reason'),
    /** Why it is awarded, in the issuer's words (the credential's evidence narrative). */
    narrative: text('narrative'),
    /** OB 3.0 Evidence of the experience it recognises (its description, its files' names). */
    evidence: jsonb('evidence').$type<Evidence[]>(),
    /** The award this one re-signs (its key was revoked as compromised). */
    reissuedFromId: uuid('reissued_from_id'),
    /** The earner hid it from their backpack: no share link answers for it (issue 17). */
    hiddenAt: at('hidden_at'),
  },
  (t) => [
    index('awards_participant_idx').on(t.participantId, t.offeredAt),
    // One live award of a badge per person, whatever the service checks first.
    uniqueIndex('awards_live_uq')
      .on(t.participantId, t.achievementId)
      .where(sql`${t.status} in ('offered', 'accepted')`),
    uniqueIndex('awards_status_slot_uq').on(t.statusListId, t.statusIndex),
    // The indicators' badges offered and accepted in a period of Paris days.
    index('awards_offered_day_idx').on(sql`((${t.offeredAt} at time zone 'Europe/Paris')::date)`),
    index('awards_accepted_day_idx').on(sql`((${t.acceptedAt} at time zone 'Europe/Paris')::date)`),
  ],
);

/**
 * A claim code shown at a session: whoever is present claims the badge within 24 hours. Only
 * hashes of its two forms are kept (the QR code's 128-bit token, the short code to type), and a
 * count: who claimed is nowhere here, so that nobody learns who is a programme participant.
 */
export const badgeClaims = pgTable(
  'badge_claims',
  {
    id: id(),
    achievementId: uuid('achievement_id')
      .notNull()
      .references(() => achievements.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id),
    tokenHash: text('token_hash').notNull(),
    shortCodeHash: text('short_code_hash').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => staff.id),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    claimedCount: integer('claimed_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('badge_claims_token_uq').on(t.tokenHash),
    uniqueIndex('badge_claims_short_code_uq').on(t.shortCodeHash),
    index('badge_claims_session_idx').on(t.sessionId, t.createdAt),
  ],
);

/** A credential claimed by someone without an account: kept as signed for its status and re-issue. */
export const badgeClaimCredentials = pgTable(
  'badge_claim_credentials',
  {
    id: id(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => badgeClaims.id),
    credential: jsonb('credential').$type<Record<string, unknown>>().notNull(),
    statusListId: uuid('status_list_id')
      .notNull()
      .references(() => badgeStatusLists.id),
    statusIndex: integer('status_index').notNull(),
    signedAt: at('signed_at').notNull(),
    revokedAt: at('revoked_at'),
    reissuedFromId: uuid('reissued_from_id'),
  },
  (t) => [uniqueIndex('badge_claim_credentials_slot_uq').on(t.statusListId, t.statusIndex)],
);

/**
 * A référent proposes another organisation's badge to a participant they follow; that organisation's
 * staff accept (an award it offers) or decline, with a reason the référent reads.
 */
export const badgeProposals = pgTable(
  'badge_proposals',
  {
    id: id(),
    achievementId: uuid('achievement_id')
      .notNull()
      .references(() => achievements.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => staff.id),
    proposedAt: at('proposed_at').notNull(),
    /** Why, for the issuing organisation. */
    reason: text('reason').notNull(),
    status: text('status')
      .$type<'pending' | 'accepted' | 'declined'>()
      .notNull()
      .default('pending'),
    decidedById: uuid('decided_by_id').references(() => staff.id),
    decidedAt: at('decided_at'),
    declineReason: text('decline_reason'),
    awardId: uuid('award_id').references(() => awards.id),
  },
  (t) => [
    index('badge_proposals_achievement_idx').on(t.achievementId, t.proposedAt),
    index('badge_proposals_participant_idx').on(t.participantId, t.proposedAt),
    uniqueIndex('badge_proposals_pending_uq')
      .on(t.participantId, t.achievementId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * A share link of a badge, made by its earner (issue 17): a 256-bit token of which only the hash is
 * kept, shown once; stopped by its earner (or by a new link, or by hiding the badge). One live per
 * badge. Whether the employer reads the evidence is the earner's choice, link by link.
 */
export const awardShares = pgTable(
  'award_shares',
  {
    id: id(),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    tokenHash: text('token_hash').notNull(),
    showEvidence: boolean('show_evidence').notNull().default(false),
    createdAt: at('created_at').notNull(),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    uniqueIndex('award_shares_token_uq').on(t.tokenHash),
    uniqueIndex('award_shares_live_uq')
      .on(t.awardId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * A key objective of a participant's contract, proven by one of their badges (issue 17): reached
 * once a linked badge is accepted. Linked by the participant (linkedById null) or their team.
 */
export const objectiveBadges = pgTable(
  'objective_badges',
  {
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => contractObjectives.id),
    awardId: uuid('award_id')
      .notNull()
      .references(() => awards.id),
    linkedAt: at('linked_at').notNull(),
    linkedById: uuid('linked_by_id').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('objective_badges_uq').on(t.objectiveId, t.awardId),
    index('objective_badges_award_idx').on(t.awardId),
  ],
);

// Endorsements live in their own folder; drizzle-kit reads this file's exports.
export * from './endorsements/tables.js';
