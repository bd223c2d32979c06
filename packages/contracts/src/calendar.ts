import { z } from 'zod';
import { dateSchema, idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import { sessionSummarySchema } from './registrations.js';
import type { RouteContract } from './route-contract.js';

// Calendars: a participant's agenda, the sessions open for registration, an organisation's week,
// and ICS feeds behind secret, revocable addresses.

export const agendaEntrySchema = z.object({
  registrationId: idSchema,
  sessionId: idSchema,
  activityTitle: z.string(),
  activityKind: z.string(),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  place: z.string().nullable(),
  cancelled: z.boolean(),
  /** What the viewer may do with the registration (the registrations policy). */
  can: z.object({ cancel: z.boolean() }),
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

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict();

/** Show, make (or remake) and revoke the ICS feed of a participant or an organisation. */
const feedRoutes = {
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
} as const satisfies Record<string, RouteContract>;

export const calendarRoutes = {
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
  ...feedRoutes,
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
} as const satisfies Record<string, RouteContract>;

export type AgendaEntry = z.infer<typeof agendaEntrySchema>;
export type Week = z.infer<typeof weekSchema>;
export type FeedStatus = z.infer<typeof feedStatusSchema>;
