import { z } from 'zod';
import { dateSchema, idSchema, optionalText, timestampSchema, versionSchema } from './common.js';

// An activity's sessions: one at a time or a weekly series, in Europe/Paris local time; what a
// planning write answers (the sessions, and warnings such as a facilitator booked twice).

/** Warnings a write may carry: it succeeded, but someone should look. */
export const ACTIVITY_WARNING_CODES = ['session.facilitator_overlap'] as const;

/**
 * French public holidays (metropolitan France), as stable codes: the web names them (fr, en). A weekly
 * series may skip them.
 */
export const FRENCH_HOLIDAYS = [
  'new_year',
  'easter_monday',
  'labour_day',
  'victory_1945',
  'ascension',
  'whit_monday',
  'bastille_day',
  'assumption',
  'all_saints',
  'armistice',
  'christmas',
] as const;
export type FrenchHoliday = (typeof FRENCH_HOLIDAYS)[number];

/** "HH:MM", 24 h, Europe/Paris local time. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM.');

export const activitySessionSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  seriesId: idSchema.nullable(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  seatsLeft: z.number().int(),
  facilitatorId: idSchema.nullable(),
  facilitatorName: z.string().nullable(),
  cancelledAt: timestampSchema.nullable(),
  version: z.number().int(),
  /** What the viewer may do with it (the activities policy). */
  can: z.object({ cancel: z.boolean() }),
});

export const sessionWarningSchema = z.object({
  code: z.enum(ACTIVITY_WARNING_CODES),
  /** The new session (start) that overlaps, and the facilitator's sessions it overlaps with. */
  sessionStartsAt: timestampSchema,
  overlapping: z.array(
    z.object({
      sessionId: idSchema,
      activityId: idSchema,
      activityTitle: z.string(),
      startsAt: timestampSchema,
      endsAt: timestampSchema,
    }),
  ),
});

const sessionPlanFields = {
  capacity: z.number().int().min(1).max(1000),
  place: optionalText(300),
  facilitatorId: idSchema.nullable().optional(),
};

/** One session, in Europe/Paris local time. */
export const createSessionBodySchema = z
  .object({
    date: dateSchema,
    startTime: localTimeSchema,
    endTime: localTimeSchema,
    ...sessionPlanFields,
  })
  .strict();

/** A weekly series: one session per week on `weekday` (1 = Monday) from firstOn to lastOn. */
export const createSeriesBodySchema = z
  .object({
    weekday: z.number().int().min(1).max(7),
    startTime: localTimeSchema,
    durationMinutes: z
      .number()
      .int()
      .min(15)
      .max(12 * 60),
    firstOn: dateSchema,
    lastOn: dateSchema,
    /** No session on a French public holiday (the dates skipped are in the answer). Off when absent. */
    skipHolidays: z.boolean().default(false),
    ...sessionPlanFields,
  })
  .strict();

export const updateSessionBodySchema = z
  .object({
    version: versionSchema,
    date: dateSchema.optional(),
    startTime: localTimeSchema.optional(),
    endTime: localTimeSchema.optional(),
    capacity: sessionPlanFields.capacity.optional(),
    place: sessionPlanFields.place,
    facilitatorId: idSchema.nullable().optional(),
  })
  .strict();

export const sessionWriteResultSchema = z.object({
  seriesId: idSchema.nullable(),
  sessions: z.array(activitySessionSchema),
  warnings: z.array(sessionWarningSchema),
  /** The series' dates left without a session because they are public holidays (else empty). */
  skipped: z.array(z.object({ date: dateSchema, holiday: z.enum(FRENCH_HOLIDAYS) })),
});

export const sessionListQuerySchema = z
  .object({
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    includeCancelled: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export type ActivitySession = z.infer<typeof activitySessionSchema>;
export type SessionWarning = z.infer<typeof sessionWarningSchema>;
export type SessionWriteResult = z.infer<typeof sessionWriteResultSchema>;
export type CreateSessionBody = z.input<typeof createSessionBodySchema>;
export type CreateSeriesBody = z.input<typeof createSeriesBodySchema>;
export type UpdateSessionBody = z.input<typeof updateSessionBodySchema>;
