import { z } from 'zod';
import {
  AGE_BANDS,
  ALERT_KINDS,
  PHASES,
  QUALIFICATION_LEVELS,
  REFERRAL_SOURCES,
  SEXES,
  TEAM_ROLES,
  TERRITORIES,
} from './codes.js';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  pageOf,
  pageQuerySchema,
  timestampSchema,
  versionSchema,
} from './common.js';
import { contractSchema, exitSchema } from './pathway-records.js';
import type { RouteContract } from './route-contract.js';

// Participants: pseudonym and contact, profile criteria (with agreement), the follow-up team, the
// list, and the participant's file that every write of the follow-up answers with.

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const PARTICIPANT_ERROR_CODES = ['team.member_not_eligible'] as const;

/** Timeline event kinds this domain writes on a participant's timeline. */
export const PARTICIPANT_TIMELINE_KINDS = [
  'participant_created',
  'participant_updated',
  'team_assigned',
  'team_ended',
  'profile_recorded',
] as const;

export const pseudonymSchema = z.string().trim().min(2).max(60);

export const createParticipantBodySchema = z
  .object({
    pseudonym: pseudonymSchema,
    /** A way to reach the person (phone, social network handle): optional, never required before the contract. */
    contact: z.string().trim().max(200).optional(),
    referralSource: z.enum(REFERRAL_SOURCES),
    territory: z.enum(TERRITORIES),
    commune: z.string().trim().max(100).optional(),
    phase: z.enum(['outreach', 'discovery']).default('discovery'),
    /** The organisation that follows the person; defaults to the creator's only organisation. */
    organisationId: idSchema.optional(),
    referentId: idSchema.optional(),
    coordinatorId: idSchema.optional(),
  })
  .strict();

export const updateParticipantBodySchema = z
  .object({
    version: versionSchema,
    pseudonym: pseudonymSchema.optional(),
    contact: z.string().trim().max(200).nullable().optional(),
    referralSource: z.enum(REFERRAL_SOURCES).optional(),
    territory: z.enum(TERRITORIES).optional(),
    commune: z.string().trim().max(100).nullable().optional(),
  })
  .strict();

/** Profile criteria for indicators: collected at contract, only with the person's recorded agreement. */
export const profileFieldsSchema = z.object({
  sex: z.enum(SEXES).nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  qualificationLevel: z.enum(QUALIFICATION_LEVELS).nullable(),
  longTermJobSeeker: z.boolean().nullable(),
  digitalExclusion: z.boolean().nullable(),
  /** Sensitive (special-category data): follow-up team and coordination only. */
  rsa: z.boolean().nullable(),
  rqth: z.boolean().nullable(),
  refugee: z.boolean().nullable(),
});

export const SENSITIVE_PROFILE_FIELDS = ['rsa', 'rqth', 'refugee'] as const;

export const updateProfileBodySchema = profileFieldsSchema
  .partial()
  .extend({ version: versionSchema, consent: z.literal(true) })
  .strict();

export const profileSchema = profileFieldsSchema.partial().extend({
  consentRecordedAt: timestampSchema.nullable(),
  /** False when the viewer may not see sensitive criteria: those fields are then absent. */
  sensitiveVisible: z.boolean(),
});

export const teamMemberSchema = z.object({
  id: idSchema,
  staffId: idSchema,
  displayName: z.string(),
  role: z.enum(TEAM_ROLES),
  startOn: dateSchema,
  endOn: dateSchema.nullable(),
});

export const assignTeamBodySchema = z
  .object({
    version: versionSchema,
    role: z.enum(TEAM_ROLES),
    staffId: idSchema,
    startOn: dateSchema,
  })
  .strict();

export const participantSummarySchema = z.object({
  id: idSchema,
  pseudonym: z.string(),
  phase: z.enum(PHASES),
  /** Null for viewers who see only the pseudonym (partner staff), like the référent. */
  territory: z.enum(TERRITORIES).nullable(),
  referent: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  lastEventAt: timestampSchema,
  alerts: z.array(z.enum(ALERT_KINDS)),
  version: versionSchema,
});

export const participantListQuerySchema = pageQuerySchema
  .extend({
    phase: z.enum(PHASES).optional(),
    referentId: idSchema.optional(),
    territory: z.enum(TERRITORIES).optional(),
    alert: z.enum(ALERT_KINDS).optional(),
    q: z.string().trim().max(60).optional(),
  })
  .strict();

export const participantListSchema = pageOf(participantSummarySchema);

export const participantDetailSchema = z.object({
  id: idSchema,
  pseudonym: z.string(),
  phase: z.enum(PHASES),
  version: versionSchema,
  organisationId: idSchema,
  createdAt: timestampSchema,
  lastEventAt: timestampSchema,
  alerts: z.array(z.enum(ALERT_KINDS)),
  /** Fields below are absent for viewers outside the follow-up circle (partner staff). */
  contact: z.string().nullable().optional(),
  referralSource: z.enum(REFERRAL_SOURCES).optional(),
  territory: z.enum(TERRITORIES).optional(),
  commune: z.string().nullable().optional(),
  team: z.array(teamMemberSchema).optional(),
  profile: profileSchema.nullable().optional(),
  contracts: z.array(contractSchema).optional(),
  exits: z.array(exitSchema).optional(),
  /** What the viewer may do: the UI hides what the server would refuse. */
  can: z.object({
    edit: z.boolean(),
    seeNotes: z.boolean(),
    seeSensitive: z.boolean(),
    /** The follow-up team's own level or coordination (ADR 0012). */
    changeTeam: z.boolean(),
  }),
});

export const participantRoutes = {
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
} as const satisfies Record<string, RouteContract>;

export type CreateParticipantBody = z.input<typeof createParticipantBodySchema>;
export type UpdateParticipantBody = z.infer<typeof updateParticipantBodySchema>;
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;
export type Profile = z.infer<typeof profileSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type AssignTeamBody = z.infer<typeof assignTeamBodySchema>;
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;
export type ParticipantListQuery = z.input<typeof participantListQuerySchema>;
export type ParticipantList = z.infer<typeof participantListSchema>;
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;
