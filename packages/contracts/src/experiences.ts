import { z } from 'zod';
import { dateSchema, idParamsSchema, idSchema, timestampSchema, versionSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Lived experiences, evidence files, reflexivity times.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const EXPERIENCE_ERROR_CODES = [
  'file.missing',
  'file.too_large',
  'file.too_many',
  'file.type_not_allowed',
  'file.type_mismatch',
  'file.decompression_bomb',
  'file.image_invalid',
  'experience.unknown_attendance',
  'experience.already_recorded',
  'reflection.unknown_experience',
  'reflection.objective_not_in_contract',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const EXPERIENCE_TIMELINE_KINDS = [
  'experience_recorded',
  'experience_updated',
  'evidence_added',
  'reflection_recorded',
  'reflection_updated',
] as const;

/** "activity": lived at a session of the catalogue (from an attendance); the others are recorded freely. */
export const EXPERIENCE_KINDS = [
  'activity',
  'immersion',
  'volunteering',
  'outside_programme',
  'other',
] as const;
export const REFLECTION_FIELDS = ['did', 'learned', 'felt', 'next'] as const;

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

export const authorSchema = z.object({
  by: z.enum(['participant', 'staff']),
  /** The staff member's name; null when the participant wrote it. */
  displayName: z.string().nullable(),
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

export const participantPartSchema = z
  .object({
    did: text(5000).optional(),
    learned: text(5000).optional(),
    felt: text(5000).optional(),
    next: text(5000).optional(),
  })
  .strict();

export const proposedBadgeSchema = z
  .object({ title: z.string().trim().min(2).max(120), reason: z.string().trim().min(2).max(2000) })
  .strict();

export const reflectionSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  heldOn: dateSchema,
  experienceIds: z.array(idSchema),
  /** The participant's part, co-written: each field says who wrote it last. */
  did: z.string().nullable(),
  learned: z.string().nullable(),
  felt: z.string().nullable(),
  next: z.string().nullable(),
  authors: z.object({
    did: authorSchema.nullable(),
    learned: authorSchema.nullable(),
    felt: authorSchema.nullable(),
    next: authorSchema.nullable(),
  }),
  /** The référent's part. */
  comment: z.string().nullable(),
  objectives: z.array(z.object({ id: idSchema, text: z.string() })),
  badge: z
    .object({ title: z.string(), reason: z.string(), status: z.enum(['proposed']) })
    .nullable(),
  createdBy: authorSchema,
  version: versionSchema,
});

export const createReflectionBodySchema = z
  .object({
    heldOn: dateSchema,
    experienceIds: z.array(idSchema).max(20).default([]),
    part: participantPartSchema.optional(),
    comment: text(10_000).optional(),
    objectiveIds: z.array(idSchema).max(15).default([]),
    badge: proposedBadgeSchema.optional(),
  })
  .strict();

export const updateReflectionBodySchema = z
  .object({
    version: versionSchema,
    heldOn: dateSchema.optional(),
    experienceIds: z.array(idSchema).max(20).optional(),
    part: participantPartSchema.optional(),
    comment: text(10_000).optional(),
    objectiveIds: z.array(idSchema).max(15).optional(),
    /** null withdraws the proposal. */
    badge: proposedBadgeSchema.nullable().optional(),
  })
  .strict();

/** The participant starts a reflexivity time themself (held today), optionally about experiences. */
export const startMyReflectionBodySchema = z
  .object({ experienceIds: z.array(idSchema).max(20).default([]) })
  .strict();

export const writeMyReflectionBodySchema = participantPartSchema.extend({ version: versionSchema });

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
  listReflections: {
    method: 'GET',
    path: '/api/participants/:id/reflections',
    summary: "A participant's reflexivity times",
    tag: 'experiences',
    params: idParamsSchema,
    response: z.array(reflectionSchema),
  },
  createReflection: {
    method: 'POST',
    path: '/api/participants/:id/reflections',
    summary: 'Hold a reflexivity time',
    tag: 'experiences',
    params: idParamsSchema,
    body: createReflectionBodySchema,
    response: reflectionSchema,
    status: 201,
  },
  updateReflection: {
    method: 'PATCH',
    path: '/api/reflections/:id',
    summary: 'Edit a reflexivity time (both parts)',
    tag: 'experiences',
    params: idParamsSchema,
    body: updateReflectionBodySchema,
    response: reflectionSchema,
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
  listMyReflections: {
    method: 'GET',
    path: '/api/me/reflections',
    summary: 'My reflexivity times',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(reflectionSchema),
  },
  startMyReflection: {
    method: 'POST',
    path: '/api/me/reflections',
    summary: 'Start a reflexivity time today',
    tag: 'participant-space',
    audience: 'participant',
    body: startMyReflectionBodySchema,
    response: reflectionSchema,
    status: 201,
  },
  getMyReflection: {
    method: 'GET',
    path: '/api/me/reflections/:id',
    summary: 'One of my reflexivity times',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: reflectionSchema,
  },
  writeMyReflection: {
    method: 'PUT',
    path: '/api/me/reflections/:id',
    summary: 'Write my part: what I did, learned, felt, want next',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    body: writeMyReflectionBodySchema,
    response: reflectionSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];
export type ReflectionField = (typeof REFLECTION_FIELDS)[number];
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type Author = z.infer<typeof authorSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type CreateExperienceBody = z.output<typeof createExperienceBodySchema>;
export type UpdateExperienceBody = z.output<typeof updateExperienceBodySchema>;
export type ExperienceSource = z.infer<typeof experienceSourceSchema>;
export type ParticipantPart = z.output<typeof participantPartSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type CreateReflectionBody = z.output<typeof createReflectionBodySchema>;
export type UpdateReflectionBody = z.output<typeof updateReflectionBodySchema>;
export type WriteMyReflectionBody = z.output<typeof writeMyReflectionBodySchema>;
