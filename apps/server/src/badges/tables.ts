import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, participants } from '../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).

export const badgesItems = pgTable(
  'badges_items',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('badges_items_participant_idx').on(t.participantId, t.createdAt)],
);
