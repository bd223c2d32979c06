import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import { CARD_ERROR_CODES } from './cards.js';
import { REGISTRATION_ERROR_CODES, sessionSummarySchema } from './registrations.js';
import type { RouteContract } from './route-contract.js';

// Attendance: a session's roster, and scans (roster line or card) recorded on a phone and sent when
// the network allows (offline queue, idempotent sync).

/**
 * Error codes of this domain (each is also the web app's i18n key `errors.<code>`): a mark whose time
 * is outside the marking window (30 minutes before the start to 7 days after the end); otherwise a
 * scan fails with a registration's, a card's or a generic code (scanResultSchema).
 */
export const ATTENDANCE_ERROR_CODES = ['attendance.outside_window'] as const;

/**
 * What a mark says. A registration without a mark is not absent: it is unmarked, and counts nowhere.
 * Late counts as having come; excused counts neither way in the rate.
 */
export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);

/** Marks are taken from this long before a session starts… */
export const MARKING_OPENS_BEFORE_MINUTES = 30;
/** …until this long after it ends. */
export const MARKING_CLOSES_AFTER_DAYS = 7;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ATTENDANCE_TIMELINE_KINDS = ['session_attended', 'attendance_corrected'] as const;

/** At most this many scans per sync call: a day of scans on one phone fits in one call. */
export const MAX_SYNC_ITEMS = 500;

/**
 * One line of a roster: programme participants (by pseudonym) and other people (by name) look the
 * same, so nothing on a partner's screen marks who is in the programme.
 */
export const rosterEntrySchema = z.object({
  /** Null for a walk-in: a valid card scanned for someone who had not registered. */
  registrationId: idSchema.nullable(),
  name: z.string(),
  /** Marked present or late (came). */
  present: z.boolean(),
  /** Null: not marked yet (which is not absent). */
  status: attendanceStatusSchema.nullable(),
  attendanceId: idSchema.nullable(),
  /** The viewer may correct this mark (who marked it, or their organisation's admin). */
  mayCorrect: z.boolean(),
});

export const rosterSchema = z.object({
  session: sessionSummarySchema,
  entries: z.array(rosterEntrySchema),
});

export const scanSchema = z
  .object({
    /** Made on the phone when the scan happens: replaying it records nothing twice. */
    clientId: idSchema,
    sessionId: idSchema,
    registrationId: idSchema.optional(),
    cardCode: z.string().max(64).optional(),
    recordedAt: timestampSchema,
    /** Present when left out (a card scan is someone in the room). */
    status: attendanceStatusSchema.optional(),
  })
  .strict()
  .refine((scan) => (scan.registrationId === undefined) !== (scan.cardCode === undefined), {
    error: 'Give a registrationId or a cardCode, not both.',
  });

export const syncBodySchema = z
  .object({ scans: z.array(scanSchema).min(1).max(MAX_SYNC_ITEMS) })
  .strict();

export const SCAN_STATUSES = ['ok', 'duplicate', 'error'] as const;

export const scanResultSchema = z.object({
  clientId: idSchema,
  /** ok: recorded (or this very scan replayed); duplicate: already marked present by another scan. */
  status: z.enum(SCAN_STATUSES),
  /**
   * For errors: card.unknown, card.revoked, auth.forbidden, resource.not_found, registration.not_found,
   * attendance.outside_window.
   */
  code: z
    .enum([
      ...ATTENDANCE_ERROR_CODES,
      ...REGISTRATION_ERROR_CODES,
      ...CARD_ERROR_CODES,
      'auth.forbidden',
      'resource.not_found',
    ])
    .nullable(),
  name: z.string().nullable(),
  walkIn: z.boolean(),
});

export const syncResultSchema = z.object({ results: z.array(scanResultSchema) });

export const correctAttendanceBodySchema = z.object({ status: attendanceStatusSchema }).strict();

export const correctedAttendanceSchema = z.object({
  id: idSchema,
  status: attendanceStatusSchema,
  correctedAt: timestampSchema,
});

/** One session in a participant's attendance history (their file, for the follow-up team). */
export const attendanceHistoryEntrySchema = z.object({
  sessionId: idSchema,
  activityTitle: z.string(),
  startsAt: timestampSchema,
  /** Null: registered, not marked. */
  status: attendanceStatusSchema.nullable(),
});

export const attendanceHistorySchema = z.object({
  entries: z.array(attendanceHistoryEntrySchema),
  counts: z.object({
    present: z.number().int(),
    late: z.number().int(),
    absent: z.number().int(),
    excused: z.number().int(),
    unmarked: z.number().int(),
  }),
  /** (present + late) / (present + late + absent); null before any such mark. */
  rate: z.number().min(0).max(1).nullable(),
});

export const attendanceRoutes = {
  sessionRoster: {
    method: 'GET',
    path: '/api/sessions/:id/roster',
    summary: 'Who comes to a session (partner staff of its organisation)',
    tag: 'attendance',
    params: idParamsSchema,
    response: rosterSchema,
  },
  syncAttendance: {
    method: 'POST',
    path: '/api/attendance/sync',
    summary: 'Record attendance scans (offline queue), idempotent by client id',
    tag: 'attendance',
    body: syncBodySchema,
    response: syncResultSchema,
  },
  correctAttendance: {
    method: 'PATCH',
    path: '/api/attendance/:id',
    summary: 'Correct a mark (who marked it, or their organisation’s admin); audited',
    tag: 'attendance',
    params: idParamsSchema,
    body: correctAttendanceBodySchema,
    response: correctedAttendanceSchema,
  },
  participantAttendance: {
    method: 'GET',
    path: '/api/participants/:id/attendance',
    summary: 'A participant’s attendance history and rate (their follow-up team)',
    tag: 'attendance',
    params: idParamsSchema,
    response: attendanceHistorySchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Roster = z.infer<typeof rosterSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export type Scan = z.infer<typeof scanSchema>;
export type ScanResult = z.infer<typeof scanResultSchema>;
export type SyncBody = z.infer<typeof syncBodySchema>;
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export type AttendanceHistory = z.infer<typeof attendanceHistorySchema>;
