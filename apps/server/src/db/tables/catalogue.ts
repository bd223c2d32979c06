import { jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, organisations } from './core.js';

/**
 * The data·inclusion identity of an organisation (a `structure`): imports find the organisation again
 * by (source, structure id), and exports give back the identity and the fields we do not model.
 */
export const organisationSources = pgTable(
  'organisation_sources',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    source: text('source').notNull(),
    structureId: text('structure_id').notNull(),
    /** The last imported structure row, for the fields we do not model (siret, site web...). */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisation_sources_uq').on(t.source, t.structureId)],
);
