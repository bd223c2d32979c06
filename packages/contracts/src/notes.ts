import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Notes on a participant (a private note is read by its author only).

/** Timeline event kinds this domain writes on a participant's timeline. */
export const NOTE_TIMELINE_KINDS = ['note_added'] as const;

export const noteSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  authorId: idSchema,
  authorDisplayName: z.string(),
  body: z.string(),
  private: z.boolean(),
});

export const createNoteBodySchema = z
  .object({ body: z.string().trim().min(1).max(10_000), private: z.boolean().default(false) })
  .strict();

export const noteRoutes = {
  listNotes: {
    method: 'GET',
    path: '/api/participants/:id/notes',
    summary: 'Notes on a participant',
    tag: 'notes',
    params: idParamsSchema,
    response: z.array(noteSchema),
  },
  createNote: {
    method: 'POST',
    path: '/api/participants/:id/notes',
    summary: 'Add a note',
    tag: 'notes',
    params: idParamsSchema,
    body: createNoteBodySchema,
    response: noteSchema,
    status: 201,
  },
} as const satisfies Record<string, RouteContract>;

export type Note = z.infer<typeof noteSchema>;
export type CreateNoteBody = z.input<typeof createNoteBodySchema>;
