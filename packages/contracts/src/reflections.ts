import { z } from 'zod';
import {
  authorSchema,
  dateSchema,
  idParamsSchema,
  idSchema,
  okSchema,
  versionSchema,
} from './common.js';
import type { RouteContract } from './route-contract.js';

// Reflexivity times: the participant's part (what they did, learned, felt, want next), co-written,
// and the référent's part (comment, contract objectives worked on, a badge proposed). Part of the
// experiences domain: experiences.ts includes its codes, kinds and routes.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const REFLECTION_ERROR_CODES = [
  'reflection.unknown_experience',
  'reflection.objective_not_in_contract',
  'reflection.not_empty',
  /** An award names a reflexivity time of another person, or one without a proposed badge. */
  'reflection.no_badge_proposed',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const REFLECTION_TIMELINE_KINDS = ['reflection_recorded', 'reflection_updated'] as const;

export const REFLECTION_FIELDS = ['did', 'learned', 'felt', 'next'] as const;

const text = (max: number) => z.string().trim().max(max);

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
    .object({
      title: z.string(),
      reason: z.string(),
      /** 'awarded' once a badge was offered from it (badges/awards.ts): the proposal was acted on. */
      status: z.enum(['proposed', 'awarded']),
    })
    .nullable(),
  createdBy: authorSchema,
  version: versionSchema,
  /** What the viewer may do with it (reflections/policy.ts): its author deletes it while empty. */
  can: z.object({ delete: z.boolean() }),
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

/**
 * The participant starts a reflexivity time themself (held today), optionally about experiences: the
 * web sends it on the first save, with what they wrote.
 */
export const startMyReflectionBodySchema = participantPartSchema
  .extend({ experienceIds: z.array(idSchema).max(20).default([]) })
  .strict();

export const writeMyReflectionBodySchema = participantPartSchema.extend({ version: versionSchema });

export const reflectionRoutes = {
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
  deleteReflection: {
    method: 'DELETE',
    path: '/api/reflections/:id',
    summary: 'Delete an empty reflexivity time (its author only)',
    tag: 'experiences',
    params: idParamsSchema,
    response: okSchema,
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
  deleteMyReflection: {
    method: 'DELETE',
    path: '/api/me/reflections/:id',
    summary: 'Delete an empty reflexivity time I started',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: okSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type ReflectionField = (typeof REFLECTION_FIELDS)[number];
export type ParticipantPart = z.output<typeof participantPartSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type CreateReflectionBody = z.output<typeof createReflectionBodySchema>;
export type UpdateReflectionBody = z.output<typeof updateReflectionBodySchema>;
export type StartMyReflectionBody = z.output<typeof startMyReflectionBodySchema>;
export type WriteMyReflectionBody = z.output<typeof writeMyReflectionBodySchema>;
