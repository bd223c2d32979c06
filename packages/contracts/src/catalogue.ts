import { z } from 'zod';
import { TERRITORIES } from './codes.js';
import { dateSchema, idSchema, timestampSchema } from './common.js';
import { ACTIVITY_KINDS } from './activity-kinds.js';
import type { RouteContract } from './route-contract.js';

// The catalogue as people search it, and as data·inclusion files carry it (export and import).

export const CATALOGUE_PERIODS = ['this_week', 'next_week', 'next_4_weeks'] as const;

export const catalogueQuerySchema = z
  .object({
    /** A thématique, or its category (the part before `--`, e.g. `remobilisation`). */
    theme: z
      .string()
      .regex(/^[a-z0-9-]{2,120}$/)
      .optional(),
    kind: z.enum(ACTIVITY_KINDS).optional(),
    territory: z.enum(TERRITORIES).optional(),
    commune: z.string().trim().min(1).max(120).optional(),
    organisationId: idSchema.optional(),
    /** ISO weekday of the sessions, 1 = Monday. */
    weekday: z.coerce.number().int().min(1).max(7).optional(),
    period: z.enum(CATALOGUE_PERIODS).optional(),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** How many matches to skip: the next page starts at the previous answer's nextOffset. */
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export const catalogueSessionSchema = z.object({
  id: idSchema,
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  seatsLeft: z.number().int(),
});

export const catalogueItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  description: z.string(),
  organisationName: z.string(),
  thematiques: z.array(z.string()),
  address: z.string().nullable(),
  commune: z.string().nullable(),
  territory: z.enum(TERRITORIES).nullable(),
  openToOtherPublics: z.boolean(),
  nextSessions: z.array(catalogueSessionSchema),
});

export const catalogueSchema = z.object({
  items: z.array(catalogueItemSchema),
  /** Where the next page starts; null on the last page. */
  nextOffset: z.number().int().nullable(),
});

/** A data·inclusion v1 file: validated row by row against the standard's JSON schemas on import. */
export const dataInclusionFileSchema = z
  .object({
    structures: z.array(z.record(z.string(), z.unknown())).max(10_000),
    services: z.array(z.record(z.string(), z.unknown())).max(10_000),
  })
  .strict();

export const importReportSchema = z.object({
  accepted: z.object({ structures: z.number().int(), services: z.number().int() }),
  rejected: z.array(
    z.object({
      kind: z.enum(['structure', 'service']),
      index: z.number().int(),
      id: z.string().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
});

export const catalogueRoutes = {
  searchCatalogue: {
    method: 'GET',
    path: '/api/catalogue',
    summary: 'Search the activities catalogue with their next sessions',
    tag: 'activities',
    query: catalogueQuerySchema,
    response: catalogueSchema,
  },
  myCatalogue: {
    method: 'GET',
    path: '/api/me/catalogue',
    summary: 'What I can try (participant space)',
    tag: 'activities',
    audience: 'participant',
    query: catalogueQuerySchema,
    response: catalogueSchema,
  },
  exportCatalogue: {
    method: 'GET',
    path: '/api/catalogue/export',
    summary: 'The catalogue as data·inclusion v1 (structures + services)',
    tag: 'activities',
    response: dataInclusionFileSchema,
  },
  importCatalogue: {
    method: 'POST',
    path: '/api/catalogue/import',
    summary: 'Import a data·inclusion v1 file (coordination, org_admin)',
    tag: 'activities',
    body: dataInclusionFileSchema,
    response: importReportSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;
export type DataInclusionFile = z.infer<typeof dataInclusionFileSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;
