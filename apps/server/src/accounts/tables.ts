// Types only, like db/tables/core.ts: drizzle-kit loads this file without the contracts package built.
import type { Role } from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, id, organisations, staff } from '../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).
// Tokens are stored as their SHA-256 only: a database leak gives no working link.

/** How the last link went out: by e-mail, failed to send, or handed over (no SMTP configured). */
export type InvitationDelivery = 'sent' | 'send_failed' | 'link_only';
export type InvitationStatus = 'pending' | 'accepted' | 'cancelled';

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    email: text('email').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    roles: jsonb('roles').$type<Role[]>().notNull(),
    tokenHash: text('token_hash').notNull(),
    status: text('status').$type<InvitationStatus>().notNull().default('pending'),
    delivery: text('delivery').$type<InvitationDelivery>().notNull(),
    invitedById: uuid('invited_by_id').references(() => staff.id),
    sentAt: at('sent_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    acceptedById: uuid('accepted_by_id').references(() => staff.id),
    decidedAt: at('decided_at'),
  },
  (t) => [
    uniqueIndex('invitations_token_uq').on(t.tokenHash),
    index('invitations_organisation_idx').on(t.organisationId, t.sentAt),
    // One open invitation per address and organisation: sending again reuses it.
    uniqueIndex('invitations_pending_uq')
      .on(sql`lower(${t.email})`, t.organisationId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** A password reset link: single use, one hour (e-mailed, or handed over by an administrator). */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    createdById: uuid('created_by_id').references(() => staff.id),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [index('password_resets_staff_idx').on(t.staffId)],
);
