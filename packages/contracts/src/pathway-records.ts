import { z } from 'zod';
import { EXIT_CATEGORIES, EXIT_SITUATIONS } from './codes.js';
import { dateSchema, idSchema, timestampSchema } from './common.js';

// The pathway's records as the participant's file shows them: contracts (objectives, amendments)
// and exits. Apart from pathway.ts because participants.ts builds the file from them, and the
// pathway's routes answer with that file.

export const objectiveSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  text: z.string(),
});

export const amendmentSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  byDisplayName: z.string(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});

export const contractSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  signedOn: dateSchema,
  plannedEndOn: dateSchema,
  /** Entry date + 15 months: the whole journey must end by then. */
  deadlineOn: dateSchema,
  status: z.enum(['active', 'ended']),
  coSigners: z.array(z.object({ staffId: idSchema, displayName: z.string() })),
  objectives: z.array(objectiveSchema),
  amendments: z.array(amendmentSchema),
});

export const exitSchema = z.object({
  id: idSchema,
  contractId: idSchema.nullable(),
  exitOn: dateSchema,
  situation: z.enum(EXIT_SITUATIONS),
  contractMonths: z.number().int().nullable(),
  category: z.enum(EXIT_CATEGORIES),
  comment: z.string().nullable(),
});

export type Contract = z.infer<typeof contractSchema>;
export type Exit = z.infer<typeof exitSchema>;
