// Types only, like db/tables: drizzle-kit loads this file without the contracts package being built.
import type { EndorsementStatus, EndorsementTargetKind } from '@territoires/contracts';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, organisations, participants, staff } from '../../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).
// The endorsers' keys are not here: like the issuers' (ADR 0019), they live in sealed key files.

/** Someone who endorsed through an invitation: their hosted profile, did:web:<host>:endorsers:<id>. */
export const endorsers = pgTable('endorsers', {
  id: id(),
  name: text('name').notNull(),
  organisation: text('organisation'),
  role: text('role'),
  url: text('url'),
  createdAt: createdAt(),
});

/** A link to endorse one thing, sent by its earner or by staff: 30 days, once; only its hash is kept. */
export const endorsementInvitations = pgTable(
  'endorsement_invitations',
  {
    id: id(),
    tokenHash: text('token_hash').notNull(),
    targetKind: text('target_kind').$type<EndorsementTargetKind>().notNull(),
    targetId: uuid('target_id').notNull(),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdByParticipantId: uuid('created_by_participant_id').references(() => participants.id),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [uniqueIndex('endorsement_invitations_token_uq').on(t.tokenHash)],
);

/**
 * An endorsement, signed as issued: by an endorser (through an invitation) or by a consortium
 * member from its issuer identity. Endorsements of an award wait for its earner's answer.
 */
export const endorsements = pgTable(
  'endorsements',
  {
    id: id(),
    targetKind: text('target_kind').$type<EndorsementTargetKind>().notNull(),
    targetId: uuid('target_id').notNull(),
    endorserId: uuid('endorser_id').references(() => endorsers.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    invitationId: uuid('invitation_id').references(() => endorsementInvitations.id),
    comment: text('comment').notNull(),
    credential: jsonb('credential').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<EndorsementStatus>().notNull(),
    createdAt: createdAt(),
    decidedAt: at('decided_at'),
  },
  (t) => [index('endorsements_target_idx').on(t.targetKind, t.targetId, t.status)],
);
