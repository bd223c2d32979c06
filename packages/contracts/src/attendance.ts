import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import { CARD_ERROR_CODES } from './cards.js';
import { REGISTRATION_ERROR_CODES, sessionSummarySchema } from './registrations.js';
import type { RouteContract } from './route-contract.js';

// Attendance: a session's roster, and scans (roster line or card) recorded on a phone and sent when
// the network allows (offline queue, idempotent sync).

/**
 * Error codes of this domain (each is also the web app's i18n key `errors.<code>`): a scan whose time
 * is not on the session's day (Paris time); otherwise a scan fails with a registration's, a card's or
 * a generic code (scanResultSchema).
 */
export const ATTENDANCE_ERROR_CODES = ['attendance.outside_session_day'] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ATTENDANCE_TIMELINE_KINDS = ['session_attended'] as const;

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
  present: z.boolean(),
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
   * attendance.outside_session_day.
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
} as const satisfies Record<string, RouteContract>;

export type Roster = z.infer<typeof rosterSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export type Scan = z.infer<typeof scanSchema>;
export type ScanResult = z.infer<typeof scanResultSchema>;
export type SyncBody = z.infer<typeof syncBodySchema>;
