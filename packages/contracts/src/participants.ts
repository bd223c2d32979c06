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
  idSchema,
  pageOf,
  pageQuerySchema,
  timestampSchema,
  versionSchema,
} from './common.js';

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

export const changePhaseBodySchema = z
  .object({ version: versionSchema, to: z.enum(PHASES), comment: z.string().max(2000).optional() })
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

export type CreateParticipantBody = z.input<typeof createParticipantBodySchema>;
export type UpdateParticipantBody = z.infer<typeof updateParticipantBodySchema>;
export type ChangePhaseBody = z.infer<typeof changePhaseBodySchema>;
export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;
export type Profile = z.infer<typeof profileSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type AssignTeamBody = z.infer<typeof assignTeamBodySchema>;
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;
export type ParticipantListQuery = z.input<typeof participantListQuerySchema>;
export type ParticipantList = z.infer<typeof participantListSchema>;
