import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, organisations, participants, staff } from './core.js';

/**
 * A participant's attendance card. The code is printed under the QR code and only identifies the
 * person for attendance: it opens no session, so it is kept as is (the card page re-prints it).
 */
export const participantCards = pgTable(
  'participant_cards',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    code: text('code').notNull(),
    issuedById: uuid('issued_by_id').references(() => staff.id),
    issuedAt: at('issued_at').notNull(),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    uniqueIndex('participant_cards_code_uq').on(t.code),
    uniqueIndex('participant_cards_live_uq')
      .on(t.participantId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

/**
 * A secret ICS address (calendar apps cannot log in): the token is in the URL, only its SHA-256 is
 * kept. One live feed per participant or organisation; remaking one revokes the old address.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    tokenHash: text('token_hash').notNull(),
    participantId: uuid('participant_id').references(() => participants.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdById: uuid('created_by_id').references(() => staff.id),
    createdAt: createdAt(),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash),
    index('calendar_feeds_participant_idx').on(t.participantId),
    index('calendar_feeds_organisation_idx').on(t.organisationId),
  ],
);
