import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, participants, staff } from './core.js';

/**
 * One-time sign-in codes for the participant space. Only the SHA-256 of the code is kept; a code is
 * deleted when used (so it works once even under concurrent attempts), when a newer one is issued,
 * and once expired (swept when codes are issued).
 */
export const participantSignInCodes = pgTable(
  'participant_sign_in_codes',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    codeHash: text('code_hash').notNull(),
    issuedBy: uuid('issued_by')
      .notNull()
      .references(() => staff.id),
    expiresAt: at('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('participant_sign_in_codes_hash_uq').on(t.codeHash),
    index('participant_sign_in_codes_participant_idx').on(t.participantId),
    index('participant_sign_in_codes_expiry_idx').on(t.expiresAt),
  ],
);

/** Sessions of the participant space (cookie tp_participant), apart from staff sessions. */
export const participantSessions = pgTable(
  'participant_sessions',
  {
    /** SHA-256 of the cookie token: a database leak does not leak usable sessions. */
    tokenHash: text('token_hash').primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    csrfToken: text('csrf_token').notNull(),
    /** Slides forward as the participant comes back (at most once a day: see auth/participant-session.ts). */
    expiresAt: at('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('participant_sessions_participant_idx').on(t.participantId)],
);
