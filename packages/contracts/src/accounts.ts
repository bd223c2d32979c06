import { z } from 'zod';
import { ROLES } from './codes.js';
import { idParamsSchema, idSchema, okSchema, timestampSchema } from './common.js';
import { invitationRoutes } from './invitations.js';
import { passwordRoutes } from './passwords.js';
import type { RouteContract } from './route-contract.js';

// Accounts: staff accounts and their memberships, invitations (invitations.ts), passwords
// (passwords.ts), deactivating a leaver, one's own open sessions. The consortium runs itself without
// the command line.

export * from './invitations.js';
export * from './passwords.js';

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const ACCOUNTS_ERROR_CODES = [
  'account.password_weak',
  'account.wrong_password',
  'account.link_invalid',
  'account.details_required',
  'account.invitation_closed',
] as const;

/** Timeline event kinds this domain writes on a participant's timeline: none. */
export const ACCOUNTS_TIMELINE_KINDS = [] as const;

export const accountSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string(),
  active: z.boolean(),
  /** Memberships in the organisations the viewer administers (coordination: all). */
  memberships: z.array(
    z.object({ organisationId: idSchema, organisationName: z.string(), role: z.enum(ROLES) }),
  ),
});

export const accountsQuerySchema = z.object({ organisationId: idSchema.optional() }).strict();

/** One of one's own open sessions (the token never leaves the server; `id` is a short handle). */
export const openSessionSchema = z.object({
  id: z.string(),
  startedAt: timestampSchema,
  expiresAt: timestampSchema,
  current: z.boolean(),
});

/** What a leaver holds, to hand over before or after deactivation (the reassignment screen). */
export const accountAssignmentsSchema = z.object({
  /** The files whose follow-up team they are on; null when the viewer may not know who is a participant. */
  participants: z.array(z.object({ id: idSchema, pseudonym: z.string() })).nullable(),
  participantCount: z.number().int(),
  /** The sessions to come that they facilitate. */
  sessions: z.array(
    z.object({
      id: idSchema,
      activityId: idSchema,
      activityTitle: z.string(),
      startsAt: timestampSchema,
    }),
  ),
});

export const accountsRoutes = {
  listAccounts: {
    method: 'GET',
    path: '/api/accounts',
    summary: 'Accounts of the organisations one administers (coordination: every account)',
    tag: 'accounts',
    query: accountsQuerySchema,
    response: z.array(accountSchema),
  },
  deactivateAccount: {
    method: 'POST',
    path: '/api/accounts/:id/deactivate',
    summary: 'Deactivate a leaver’s account: their sessions end at once',
    tag: 'accounts',
    params: idParamsSchema,
    response: accountSchema,
  },
  accountAssignments: {
    method: 'GET',
    path: '/api/accounts/:id/assignments',
    summary: 'A leaver’s follow-up teams and sessions to come, to reassign',
    tag: 'accounts',
    params: idParamsSchema,
    response: accountAssignmentsSchema,
  },
  mySessions: {
    method: 'GET',
    path: '/api/account/sessions',
    summary: 'One’s own open sessions',
    tag: 'accounts',
    response: z.array(openSessionSchema),
  },
  signOutEverywhere: {
    method: 'POST',
    path: '/api/account/sessions/end',
    summary: 'End every one of one’s sessions, this one included',
    tag: 'accounts',
    response: okSchema,
  },
  ...invitationRoutes,
  ...passwordRoutes,
} as const satisfies Record<string, RouteContract>;

export type Account = z.infer<typeof accountSchema>;
export type OpenSession = z.infer<typeof openSessionSchema>;
export type AccountAssignments = z.infer<typeof accountAssignmentsSchema>;
