import { z } from 'zod';
import { idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Registrations to sessions: a participant (by the follow-up team or themself) or a guest by name;
// seats are taken atomically.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const REGISTRATION_ERROR_CODES = [
  'session.in_past',
  'session.cancelled',
  'session.full',
  'registration.already_registered',
  'registration.not_found',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const REGISTRATION_TIMELINE_KINDS = ['session_registered', 'session_unregistered'] as const;

/** A session as rosters and calendars list it. */
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

const sessionParams = idParamsSchema;

export const registrationRoutes = {
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
export type RegisterBody = z.infer<typeof registerBodySchema>;
export type Registration = z.infer<typeof registrationSchema>;
export type MySession = z.infer<typeof mySessionSchema>;
