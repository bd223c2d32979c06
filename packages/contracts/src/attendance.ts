import { z } from 'zod';
import { dateSchema, idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Registrations, attendance (roster, card scans, offline sync), calendars.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const ATTENDANCE_ERROR_CODES = [
  'session.in_past',
  'session.cancelled',
  'session.full',
  'registration.already_registered',
  'registration.not_found',
  'card.unknown',
  'card.revoked',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const ATTENDANCE_TIMELINE_KINDS = [
  'session_registered',
  'session_unregistered',
  'session_attended',
] as const;

/** At most this many scans per sync call: a day of scans on one phone fits in one call. */
export const MAX_SYNC_ITEMS = 500;

export const sessionSummarySchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  activityKind: z.string(),
  organisationId: idSchema,
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  cancelled: z.boolean(),
});

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

export const registerBodySchema = z.union([
  z.object({ participantId: idSchema }).strict(),
  z.object({ guestName: z.string().trim().min(1).max(120) }).strict(),
]);

export const registrationSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  name: z.string(),
  registeredCount: z.number().int(),
});

/** A card code as printed under the QR code: 4 + 4 characters of an unambiguous alphabet. */
export const cardCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/[^0-9A-Z]/g, ''))
  .pipe(z.string().regex(/^[0-9A-Z]{8}$/));

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
  /** For errors: card.unknown, card.revoked, auth.forbidden, resource.not_found, registration.not_found. */
  code: z.enum([...ATTENDANCE_ERROR_CODES, 'auth.forbidden', 'resource.not_found']).nullable(),
  name: z.string().nullable(),
  walkIn: z.boolean(),
});

export const syncResultSchema = z.object({ results: z.array(scanResultSchema) });

export const cardSchema = z.object({
  pseudonym: z.string(),
  /** Null when no card is live (never issued, or revoked). */
  card: z.object({ code: z.string(), qrSvg: z.string(), issuedAt: timestampSchema }).nullable(),
});

export const agendaEntrySchema = z.object({
  registrationId: idSchema,
  sessionId: idSchema,
  activityTitle: z.string(),
  activityKind: z.string(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  cancelled: z.boolean(),
});

export const mySessionSchema = z.object({
  id: idSchema,
  activityTitle: z.string(),
  activityKind: z.string(),
  description: z.string(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  spotsLeft: z.number().int(),
  registered: z.boolean(),
  /** Why "Je m'inscris" is not offered: past, cancelled or full. */
  closedReason: z.enum(['in_past', 'cancelled', 'full']).nullable(),
});

export const weekQuerySchema = z.object({ start: dateSchema.optional() }).strict();
export const weekSchema = z.object({
  start: dateSchema,
  sessions: z.array(sessionSummarySchema),
});

export const bookableQuerySchema = z.object({ q: z.string().trim().max(100).optional() }).strict();

export const feedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: timestampSchema.nullable(),
});
/** The feed's address is shown once, when made: only its hash is kept. */
export const feedCreatedSchema = z.object({ url: z.string(), createdAt: timestampSchema });

const sessionParams = idParamsSchema;
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict();

export const attendanceRoutes = {
  sessionRoster: {
    method: 'GET',
    path: '/api/sessions/:id/roster',
    summary: 'Who comes to a session (partner staff of its organisation)',
    tag: 'attendance',
    params: sessionParams,
    response: rosterSchema,
  },
  registerToSession: {
    method: 'POST',
    path: '/api/sessions/:id/registrations',
    summary: 'Register a participant (follow-up) or a guest by name (partner)',
    tag: 'attendance',
    params: sessionParams,
    body: registerBodySchema,
    response: registrationSchema,
    status: 201,
  },
  cancelRegistration: {
    method: 'DELETE',
    path: '/api/registrations/:id',
    summary: 'Cancel a registration (frees the seat)',
    tag: 'attendance',
    params: idParamsSchema,
    response: okSchema,
  },
  syncAttendance: {
    method: 'POST',
    path: '/api/attendance/sync',
    summary: 'Record attendance scans (offline queue), idempotent by client id',
    tag: 'attendance',
    body: syncBodySchema,
    response: syncResultSchema,
  },
  bookableSessions: {
    method: 'GET',
    path: '/api/calendar/bookable',
    summary: 'Upcoming sessions open for registration',
    tag: 'calendar',
    query: bookableQuerySchema,
    response: z.array(sessionSummarySchema),
  },
  organisationWeek: {
    method: 'GET',
    path: '/api/calendar/week',
    summary: "My organisations' sessions of a week",
    tag: 'calendar',
    query: weekQuerySchema,
    response: weekSchema,
  },
  participantAgenda: {
    method: 'GET',
    path: '/api/participants/:id/agenda',
    summary: "A participant's upcoming registrations",
    tag: 'calendar',
    params: idParamsSchema,
    response: z.array(agendaEntrySchema),
  },
  participantCard: {
    method: 'GET',
    path: '/api/participants/:id/card',
    summary: "A participant's attendance card (pseudonym, QR code)",
    tag: 'attendance',
    params: idParamsSchema,
    response: cardSchema,
  },
  issueParticipantCard: {
    method: 'POST',
    path: '/api/participants/:id/card',
    summary: 'Issue a new card (revokes the previous one)',
    tag: 'attendance',
    params: idParamsSchema,
    response: cardSchema,
    status: 201,
  },
  revokeParticipantCard: {
    method: 'DELETE',
    path: '/api/participants/:id/card',
    summary: 'Revoke the card',
    tag: 'attendance',
    params: idParamsSchema,
    response: okSchema,
  },
  participantFeed: {
    method: 'GET',
    path: '/api/participants/:id/calendar-feed',
    summary: "Whether the participant's ICS feed is active",
    tag: 'calendar',
    params: idParamsSchema,
    response: feedStatusSchema,
  },
  createParticipantFeed: {
    method: 'POST',
    path: '/api/participants/:id/calendar-feed',
    summary: "Make (or remake) the participant's ICS feed address",
    tag: 'calendar',
    params: idParamsSchema,
    response: feedCreatedSchema,
    status: 201,
  },
  revokeParticipantFeed: {
    method: 'DELETE',
    path: '/api/participants/:id/calendar-feed',
    summary: "Revoke the participant's ICS feed",
    tag: 'calendar',
    params: idParamsSchema,
    response: okSchema,
  },
  organisationFeed: {
    method: 'GET',
    path: '/api/organisations/:id/calendar-feed',
    summary: "Whether the organisation's ICS feed is active",
    tag: 'calendar',
    params: idParamsSchema,
    response: feedStatusSchema,
  },
  createOrganisationFeed: {
    method: 'POST',
    path: '/api/organisations/:id/calendar-feed',
    summary: "Make (or remake) the organisation's ICS feed address",
    tag: 'calendar',
    params: idParamsSchema,
    response: feedCreatedSchema,
    status: 201,
  },
  revokeOrganisationFeed: {
    method: 'DELETE',
    path: '/api/organisations/:id/calendar-feed',
    summary: "Revoke the organisation's ICS feed",
    tag: 'calendar',
    params: idParamsSchema,
    response: okSchema,
  },
  calendarIcs: {
    method: 'GET',
    path: '/api/calendar/:token.ics',
    summary: 'ICS feed (RFC 5545) behind a secret address',
    tag: 'calendar',
    public: true,
    params: tokenParams,
    response: z.string(),
  },
  myAgenda: {
    method: 'GET',
    path: '/api/me/agenda',
    summary: 'My next sessions',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(agendaEntrySchema),
  },
  mySession: {
    method: 'GET',
    path: '/api/me/sessions/:id',
    summary: 'A session, and whether I am registered',
    tag: 'participant-space',
    audience: 'participant',
    params: sessionParams,
    response: mySessionSchema,
  },
  registerMe: {
    method: 'POST',
    path: '/api/me/sessions/:id/registration',
    summary: 'I register to a session',
    tag: 'participant-space',
    audience: 'participant',
    params: sessionParams,
    response: mySessionSchema,
    status: 201,
  },
  unregisterMe: {
    method: 'DELETE',
    path: '/api/me/sessions/:id/registration',
    summary: 'I cancel my registration',
    tag: 'participant-space',
    audience: 'participant',
    params: sessionParams,
    response: mySessionSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type Roster = z.infer<typeof rosterSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export type RegisterBody = z.infer<typeof registerBodySchema>;
export type Registration = z.infer<typeof registrationSchema>;
export type Scan = z.infer<typeof scanSchema>;
export type ScanResult = z.infer<typeof scanResultSchema>;
export type SyncBody = z.infer<typeof syncBodySchema>;
export type Card = z.infer<typeof cardSchema>;
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;
export type MySession = z.infer<typeof mySessionSchema>;
export type Week = z.infer<typeof weekSchema>;
export type FeedStatus = z.infer<typeof feedStatusSchema>;
