import { z } from 'zod';
import { TERRITORIES } from './codes.js';
import {
  idParamsSchema,
  idSchema,
  optionalText,
  timestampSchema,
  versionSchema,
} from './common.js';
import { ACTIVITY_KINDS } from './activity-kinds.js';
import {
  activitySessionSchema,
  createSeriesBodySchema,
  createSessionBodySchema,
  sessionListQuerySchema,
  sessionWriteResultSchema,
  updateSessionBodySchema,
} from './activity-sessions.js';
import { catalogueRoutes } from './catalogue.js';
import { DI_MODES_ACCUEIL, DI_PUBLICS, DI_THEMATIQUES } from './data-inclusion.js';
import type { RouteContract } from './route-contract.js';

export * from './activity-kinds.js';
export * from './activity-sessions.js';
export * from './catalogue.js';
export * from './data-inclusion.js';

// Activities (data·inclusion services, with our fields), their sessions and series (activity-sessions.ts),
// the catalogue people search (catalogue.ts).

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const ACTIVITY_ERROR_CODES = [
  'activity.archived',
  'session.end_before_start',
  'session.cancelled',
  'session.capacity_below_registrations',
  'series.last_before_first',
  'series.no_sessions',
  'series.only_holidays',
  'series.too_long',
  'facilitator.not_eligible',
  'catalogue.import_invalid',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ACTIVITY_TIMELINE_KINDS = [] as const;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: 'Duplicate values.' });

/**
 * The data·inclusion `service` fields we keep, plus ours (kind, equipment, openness). Absent optional
 * fields keep their value on edit and take the column default on create.
 */
const activityFields = {
  title: z.string().trim().min(3).max(150),
  kind: z.enum(ACTIVITY_KINDS),
  description: z.string().trim().max(5000).optional(),
  thematiques: uniqueList(z.enum(DI_THEMATIQUES), 30).optional(),
  publics: uniqueList(z.enum(DI_PUBLICS), DI_PUBLICS.length).optional(),
  modesAccueil: uniqueList(z.enum(DI_MODES_ACCUEIL), 2).optional(),
  volumeHoraireHebdomadaire: z.number().min(0).max(168).nullable().optional(),
  nombreSemaines: z.number().int().min(1).max(520).nullable().optional(),
  address: optionalText(300),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'Expected 5 digits.')
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
  commune: optionalText(120),
  codeInsee: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, 'Expected an INSEE code (5 characters).')
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
  territory: z.enum(TERRITORIES).nullable().optional(),
  contactEmail: z
    .email()
    .max(200)
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
  contactPhone: optionalText(40),
  equipment: optionalText(1000),
  openToOtherPublics: z.boolean().optional(),
};

export const createActivityBodySchema = z
  .object({ organisationId: idSchema, ...activityFields })
  .strict();
export const updateActivityBodySchema = z
  .object({
    version: versionSchema,
    ...activityFields,
    title: activityFields.title.optional(),
    kind: activityFields.kind.optional(),
  })
  .strict();
export const versionBodySchema = z.object({ version: versionSchema }).strict();

export const activitySchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  title: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  description: z.string(),
  thematiques: z.array(z.string()),
  publics: z.array(z.string()),
  modesAccueil: z.array(z.string()),
  volumeHoraireHebdomadaire: z.number().nullable(),
  nombreSemaines: z.number().int().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  commune: z.string().nullable(),
  codeInsee: z.string().nullable(),
  territory: z.enum(TERRITORIES).nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  equipment: z.string().nullable(),
  openToOtherPublics: z.boolean(),
  source: z.string().nullable(),
  sourceId: z.string().nullable(),
  archivedAt: timestampSchema.nullable(),
  version: z.number().int(),
  updatedAt: timestampSchema,
  /** May the current staff member edit it and plan its sessions? */
  canManage: z.boolean(),
});

export const sessionDetailSchema = z.object({
  session: activitySessionSchema,
  activity: activitySchema,
});

const sessionParamsSchema = idParamsSchema;

export const activityRoutes = {
  ...catalogueRoutes,
  createActivity: {
    method: 'POST',
    path: '/api/activities',
    summary: 'Publish an activity of my organisation',
    tag: 'activities',
    body: createActivityBodySchema,
    response: activitySchema,
    status: 201,
  },
  getActivity: {
    method: 'GET',
    path: '/api/activities/:id',
    summary: 'An activity',
    tag: 'activities',
    params: idParamsSchema,
    response: activitySchema,
  },
  updateActivity: {
    method: 'PATCH',
    path: '/api/activities/:id',
    summary: 'Edit an activity',
    tag: 'activities',
    params: idParamsSchema,
    body: updateActivityBodySchema,
    response: activitySchema,
  },
  archiveActivity: {
    method: 'POST',
    path: '/api/activities/:id/archive',
    summary: 'Archive an activity (it leaves the catalogue)',
    tag: 'activities',
    params: idParamsSchema,
    body: versionBodySchema,
    response: activitySchema,
  },
  listActivitySessions: {
    method: 'GET',
    path: '/api/activities/:id/sessions',
    summary: "An activity's sessions",
    tag: 'activities',
    params: idParamsSchema,
    query: sessionListQuerySchema,
    response: z.array(activitySessionSchema),
  },
  createSession: {
    method: 'POST',
    path: '/api/activities/:id/sessions',
    summary: 'Plan one session',
    tag: 'activities',
    params: idParamsSchema,
    body: createSessionBodySchema,
    response: sessionWriteResultSchema,
    status: 201,
  },
  createSeries: {
    method: 'POST',
    path: '/api/activities/:id/series',
    summary: 'Plan a weekly series (its sessions are generated)',
    tag: 'activities',
    params: idParamsSchema,
    body: createSeriesBodySchema,
    response: sessionWriteResultSchema,
    status: 201,
  },
  getSession: {
    method: 'GET',
    path: '/api/sessions/:id',
    summary: 'A session with its activity',
    tag: 'activities',
    params: sessionParamsSchema,
    response: sessionDetailSchema,
  },
  updateSession: {
    method: 'PATCH',
    path: '/api/sessions/:id',
    summary: 'Move or edit a session',
    tag: 'activities',
    params: sessionParamsSchema,
    body: updateSessionBodySchema,
    response: sessionWriteResultSchema,
  },
  cancelSession: {
    method: 'POST',
    path: '/api/sessions/:id/cancel',
    summary: 'Cancel a session',
    tag: 'activities',
    params: sessionParamsSchema,
    body: versionBodySchema,
    response: activitySessionSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Activity = z.infer<typeof activitySchema>;
export type CreateActivityBody = z.input<typeof createActivityBodySchema>;
export type UpdateActivityBody = z.input<typeof updateActivityBodySchema>;
