import { z } from 'zod';
import {
  authorSchema,
  dateSchema,
  idParamsSchema,
  idSchema,
  timestampSchema,
  versionSchema,
} from './common.js';
import {
  REFLECTION_ERROR_CODES,
  REFLECTION_TIMELINE_KINDS,
  reflectionRoutes,
} from './reflections.js';
import type { RouteContract } from './route-contract.js';

export * from './reflections.js';

// Lived experiences (from an attendance or free) and their evidence files; with reflexivity times
// (reflections.ts), the experiences domain.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const EXPERIENCE_ERROR_CODES = [
  'file.missing',
  'file.too_large',
  'file.upload_in_progress',
  'file.too_many',
  'file.type_not_allowed',
  'file.type_mismatch',
  'file.decompression_bomb',
  'file.image_invalid',
  'experience.unknown_attendance',
  'experience.already_recorded',
  ...REFLECTION_ERROR_CODES,
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const EXPERIENCE_TIMELINE_KINDS = [
  'experience_recorded',
  'experience_updated',
  'evidence_added',
  ...REFLECTION_TIMELINE_KINDS,
] as const;

/** "activity": lived at a session of the catalogue (from an attendance); the others are recorded freely. */
export const EXPERIENCE_KINDS = [
  'activity',
  'immersion',
  'volunteering',
  'outside_programme',
  'other',
] as const;

/** 10 MB per file; images are re-encoded, so what is stored is usually much smaller. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_EXPERIENCE = 12;

const text = (max: number) => z.string().trim().max(max);
const titleSchema = z.string().trim().min(2).max(200);
const wordsSchema = text(10_000);

export const evidenceFileSchema = z.object({
  id: idSchema,
  kind: z.enum(['image', 'pdf']),
  mimeType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  size: z.number().int(),
  name: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  at: timestampSchema,
});

export const experienceSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  kind: z.enum(EXPERIENCE_KINDS),
  title: z.string(),
  occurredOn: dateSchema,
  /** The participant's own words. */
  words: z.string().nullable(),
  /** The partner organisation of the activity, left out when its name is sensitive. */
  organisationName: z.string().nullable(),
  attendanceId: idSchema.nullable(),
  files: z.array(evidenceFileSchema),
  createdBy: authorSchema,
  version: versionSchema,
  /** What the viewer may do with it (the experiences policy): the UI hides what the server would refuse. */
  can: z.object({ edit: z.boolean(), addFile: z.boolean() }),
});

export const createExperienceBodySchema = z
  .object({
    kind: z.enum(EXPERIENCE_KINDS),
    /** With an attendance, title and date default to the activity's and the session's. */
    attendanceId: idSchema.optional(),
    title: titleSchema.optional(),
    occurredOn: dateSchema.optional(),
    words: wordsSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.attendanceId !== undefined) return;
    for (const key of ['title', 'occurredOn'] as const)
      if (body[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: 'Required without an attendance.' });
  });

export const updateExperienceBodySchema = z
  .object({
    version: versionSchema,
    kind: z.enum(EXPERIENCE_KINDS).optional(),
    title: titleSchema.optional(),
    occurredOn: dateSchema.optional(),
    words: wordsSchema.optional(),
  })
  .strict();

/** An attendance of the participant that an experience can start from. */
export const experienceSourceSchema = z.object({
  attendanceId: idSchema,
  activityTitle: z.string(),
  on: dateSchema,
  organisationName: z.string().nullable(),
  /** Already turned into an experience. */
  recorded: z.boolean(),
});

const experienceParamsSchema = idParamsSchema;
/** The bytes of an evidence file; the OpenAPI document cannot describe them as JSON. */
const fileBytesSchema = z.custom<unknown>(() => true);

export const experienceRoutes = {
  listExperiences: {
    method: 'GET',
    path: '/api/participants/:id/experiences',
    summary: "A participant's lived experiences (follow-up team, coordination)",
    tag: 'experiences',
    params: idParamsSchema,
    response: z.array(experienceSchema),
  },
  createExperience: {
    method: 'POST',
    path: '/api/participants/:id/experiences',
    summary: 'Record an experience, from an attendance or freely',
    tag: 'experiences',
    params: idParamsSchema,
    body: createExperienceBodySchema,
    response: experienceSchema,
    status: 201,
  },
  experienceSources: {
    method: 'GET',
    path: '/api/participants/:id/experience-sources',
    summary: 'Attendances an experience can be recorded from',
    tag: 'experiences',
    params: idParamsSchema,
    response: z.array(experienceSourceSchema),
  },
  updateExperience: {
    method: 'PATCH',
    path: '/api/experiences/:id',
    summary: 'Edit an experience',
    tag: 'experiences',
    params: experienceParamsSchema,
    body: updateExperienceBodySchema,
    response: experienceSchema,
  },
  uploadEvidence: {
    method: 'POST',
    path: '/api/experiences/:id/files',
    summary: 'Add a photo or PDF to an experience (multipart, field "file", 10 MB)',
    tag: 'experiences',
    params: experienceParamsSchema,
    response: evidenceFileSchema,
    status: 201,
  },
  downloadEvidence: {
    method: 'GET',
    path: '/api/files/:id',
    summary: 'The bytes of an evidence file',
    tag: 'experiences',
    params: idParamsSchema,
    response: fileBytesSchema,
  },
  listMyExperiences: {
    method: 'GET',
    path: '/api/me/experiences',
    summary: 'My experiences',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(experienceSchema),
  },
  createMyExperience: {
    method: 'POST',
    path: '/api/me/experiences',
    summary: 'Record one of my experiences',
    tag: 'participant-space',
    audience: 'participant',
    body: createExperienceBodySchema,
    response: experienceSchema,
    status: 201,
  },
  uploadMyEvidence: {
    method: 'POST',
    path: '/api/me/experiences/:id/files',
    summary: 'Add a photo or PDF to one of my experiences (multipart, field "file")',
    tag: 'participant-space',
    audience: 'participant',
    params: experienceParamsSchema,
    response: evidenceFileSchema,
    status: 201,
  },
  downloadMyEvidence: {
    method: 'GET',
    path: '/api/me/files/:id',
    summary: 'The bytes of one of my evidence files',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: fileBytesSchema,
  },
  ...reflectionRoutes,
} as const satisfies Record<string, RouteContract>;

export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type CreateExperienceBody = z.output<typeof createExperienceBodySchema>;
export type UpdateExperienceBody = z.output<typeof updateExperienceBodySchema>;
export type ExperienceSource = z.infer<typeof experienceSourceSchema>;
