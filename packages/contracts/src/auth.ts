import { z } from 'zod';
import { ROLES } from './codes.js';
import { idSchema, okSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Staff sign-in: e-mail and password, the session (cookie + CSRF token), who may do what.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const AUTH_ERROR_CODES = [
  'auth.unauthenticated',
  'auth.invalid_credentials',
  'auth.csrf_invalid',
  'auth.forbidden',
] as const;

export const loginBodySchema = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict();

export const membershipSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  role: z.enum(ROLES),
});

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  memberships: z.array(membershipSchema),
  /** What the server lets this person do, so that screens never repeat its rules. */
  can: z.object({
    /** Reads the programme's participants (list, files, alerts): follow-up roles and coordination. */
    followParticipants: z.boolean(),
    /** Organisations whose activities this person creates and edits ('all' for coordination). */
    manageActivitiesAt: z.union([z.literal('all'), z.array(idSchema)]),
    /** Their organisations whose calendar feed this person manages. */
    organisationFeedsAt: z.array(idSchema),
    /** Proposes and decides file transfers (the /transferts desk): coordinateurs and coordination. */
    handleTransfers: z.boolean(),
    /** Creates participant files: follow-up roles and coordination (others are not offered the form). */
    createParticipants: z.boolean(),
    /** Organisations whose sessions this person takes attendance at (their week). */
    takeAttendanceAt: z.array(idSchema),
    /** Oversees the whole programme (coordination): their home is the programme. */
    overseeProgramme: z.boolean(),
    /** Reads an organisation's week of sessions (/semaine): partner roles and coordination. */
    readWeek: z.boolean(),
    /** Runs accounts and invitations (/comptes): org_admins and coordination. */
    runAccounts: z.boolean(),
    /** Organisations whose accounts and invitations this person runs ('all' for coordination). */
    administerAccountsAt: z.union([z.literal('all'), z.array(idSchema)]),
    /** The roles this person grants by invitation in the organisations they administer. */
    grantableRoles: z.array(z.enum(ROLES)),
    /** Creates and edits the consortium's organisations (coordination). */
    manageOrganisations: z.boolean(),
    /** Reads the programme's indicators (/indicateurs): coordination, managers, evaluators, funders. */
    readIndicators: z.boolean(),
  }),
});

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

export const authRoutes = {
  login: {
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Log in with e-mail and password',
    tag: 'auth',
    public: true,
    body: loginBodySchema,
    response: sessionSchema,
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Log out',
    tag: 'auth',
    response: okSchema,
  },
  me: {
    method: 'GET',
    path: '/api/auth/me',
    summary: 'Current session',
    tag: 'auth',
    response: sessionSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type LoginBody = z.infer<typeof loginBodySchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Membership = z.infer<typeof membershipSchema>;
