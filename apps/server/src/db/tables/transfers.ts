// Types only, like core.ts: drizzle-kit loads this file without the contracts package being built.
import type { TransferStatus } from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, id, organisations, participants, staff } from './core.js';

/**
 * A proposal to move a participant's file to another organisation, and what became of it. The
 * reason is free text for the receiving side: it stays here, never in the audit or the timeline.
 */
export const transfers = pgTable(
  'transfers',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').$type<TransferStatus>().notNull().default('pending'),
    reason: text('reason'),
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => staff.id),
    proposedAt: at('proposed_at').notNull(),
    decidedById: uuid('decided_by_id').references(() => staff.id),
    decidedAt: at('decided_at'),
  },
  (t) => [
    // At most one pending transfer per participant, whatever the service checks first.
    uniqueIndex('transfers_pending_uq')
      .on(t.participantId)
      .where(sql`${t.status} = 'pending'`),
    index('transfers_participant_idx').on(t.participantId, t.proposedAt),
    index('transfers_to_idx').on(t.toOrganisationId, t.proposedAt),
    index('transfers_from_idx').on(t.fromOrganisationId, t.proposedAt),
  ],
);
