import { z } from 'zod';
import type { RouteContract } from './route-contract.js';
import { activityRoutes } from './activities.js';
import { attendanceRoutes } from './attendance.js';
import { experienceRoutes } from './experiences.js';
import { participantSpaceRoutes } from './participant-space.js';
import { loginBodySchema, sessionSchema } from './auth.js';
import { idParamsSchema, okSchema } from './common.js';
import {
  createOrganisationBodySchema,
  organisationSchema,
  staffMemberSchema,
  staffQuerySchema,
} from './organisations.js';
import {
  assignTeamBodySchema,
  changePhaseBodySchema,
  createParticipantBodySchema,
  participantListQuerySchema,
  participantListSchema,
  updateParticipantBodySchema,
  updateProfileBodySchema,
} from './participants.js';
import {
  alertSchema,
  amendContractBodySchema,
  createNoteBodySchema,
  noteSchema,
  participantDetailSchema,
  recordExitBodySchema,
  signContractBodySchema,
  timelineEventSchema,
} from './pathway.js';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});

const contractParamsSchema = z.object({ id: z.uuid(), contractId: z.uuid() }).strict();

/**
 * Every HTTP route of the API, declared once. The server registers these (validation),
 * the OpenAPI document is generated from them, and the web client derives its types from them.
 */
export const api = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Service health',
    tag: 'system',
    public: true,
    response: healthSchema,
  },
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
  listOrganisations: {
    method: 'GET',
    path: '/api/organisations',
    summary: 'Organisations of the consortium',
    tag: 'organisations',
    response: z.array(organisationSchema),
  },
  createOrganisation: {
    method: 'POST',
    path: '/api/organisations',
    summary: 'Add an organisation (coordination)',
    tag: 'organisations',
    body: createOrganisationBodySchema,
    response: organisationSchema,
    status: 201,
  },
  listStaff: {
    method: 'GET',
    path: '/api/staff',
    summary: 'Staff members, e.g. to pick a référent',
    tag: 'organisations',
    query: staffQuerySchema,
    response: z.array(staffMemberSchema),
  },
  listParticipants: {
    method: 'GET',
    path: '/api/participants',
    summary: 'Participants visible to me, filtered',
    tag: 'participants',
    query: participantListQuerySchema,
    response: participantListSchema,
  },
  createParticipant: {
    method: 'POST',
    path: '/api/participants',
    summary: 'Create a participant with a pseudonym',
    tag: 'participants',
    body: createParticipantBodySchema,
    response: participantDetailSchema,
    status: 201,
  },
  getParticipant: {
    method: 'GET',
    path: '/api/participants/:id',
    summary: "A participant's file",
    tag: 'participants',
    params: idParamsSchema,
    response: participantDetailSchema,
  },
  updateParticipant: {
    method: 'PATCH',
    path: '/api/participants/:id',
    summary: 'Edit pseudonym, contact, territory',
    tag: 'participants',
    params: idParamsSchema,
    body: updateParticipantBodySchema,
    response: participantDetailSchema,
  },
  changePhase: {
    method: 'POST',
    path: '/api/participants/:id/phase',
    summary: 'Move to another phase',
    tag: 'pathway',
    params: idParamsSchema,
    body: changePhaseBodySchema,
    response: participantDetailSchema,
  },
  updateProfile: {
    method: 'PUT',
    path: '/api/participants/:id/profile',
    summary: 'Record profile criteria (with agreement)',
    tag: 'participants',
    params: idParamsSchema,
    body: updateProfileBodySchema,
    response: participantDetailSchema,
  },
  assignTeam: {
    method: 'POST',
    path: '/api/participants/:id/team',
    summary: 'Assign or hand over référent / coordinateur',
    tag: 'participants',
    params: idParamsSchema,
    body: assignTeamBodySchema,
    response: participantDetailSchema,
  },
  timeline: {
    method: 'GET',
    path: '/api/participants/:id/timeline',
    summary: "The participant's timeline",
    tag: 'pathway',
    params: idParamsSchema,
    response: z.array(timelineEventSchema),
  },
  signContract: {
    method: 'POST',
    path: '/api/participants/:id/contracts',
    summary: 'Sign a contrat d’accompagnement',
    tag: 'pathway',
    params: idParamsSchema,
    body: signContractBodySchema,
    response: participantDetailSchema,
    status: 201,
  },
  amendContract: {
    method: 'PATCH',
    path: '/api/participants/:id/contracts/:contractId',
    summary: 'Amend the contract (kept in history)',
    tag: 'pathway',
    params: contractParamsSchema,
    body: amendContractBodySchema,
    response: participantDetailSchema,
  },
  recordExit: {
    method: 'POST',
    path: '/api/participants/:id/exit',
    summary: 'Record an exit',
    tag: 'pathway',
    params: idParamsSchema,
    body: recordExitBodySchema,
    response: participantDetailSchema,
    status: 201,
  },
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
  listAlerts: {
    method: 'GET',
    path: '/api/alerts',
    summary: 'Contracts near 15 months, inactive participants',
    tag: 'pathway',
    response: z.array(alertSchema),
  },
  ...activityRoutes,
  ...attendanceRoutes,
  ...experienceRoutes,
  ...participantSpaceRoutes,
} as const satisfies Record<string, RouteContract>;

export type { HttpMethod, RouteContract } from './route-contract.js';
export type Api = typeof api;
export type RouteName = keyof Api;
type Out<T> = T extends z.ZodType ? z.infer<T> : never;
type In<T> = T extends z.ZodType ? z.input<T> : undefined;
export type ResponseOf<N extends RouteName> = Out<Api[N]['response']>;
export type BodyOf<N extends RouteName> = Api[N] extends { body: infer B } ? In<B> : undefined;
export type QueryOf<N extends RouteName> = Api[N] extends { query: infer Q } ? In<Q> : undefined;
export type ParamsOf<N extends RouteName> = Api[N] extends { params: infer P } ? In<P> : undefined;
