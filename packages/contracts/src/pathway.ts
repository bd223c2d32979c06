import { z } from 'zod';
import { ACTIVITY_TIMELINE_KINDS } from './activities.js';
import { ATTENDANCE_TIMELINE_KINDS } from './attendance.js';
import { EXPERIENCE_TIMELINE_KINDS } from './experiences.js';
import { PARTICIPANT_SPACE_TIMELINE_KINDS } from './participant-space.js';
import {
  EXIT_CATEGORIES,
  EXIT_SITUATIONS,
  PHASES,
  REFERRAL_SOURCES,
  TERRITORIES,
  ALERT_KINDS,
} from './codes.js';
import { dateSchema, idSchema, timestampSchema, versionSchema } from './common.js';
import { profileSchema, teamMemberSchema } from './participants.js';

export const MAX_CONTRACT_MONTHS = 15;

export const objectiveTextSchema = z.string().trim().min(2).max(300);

export const coSignersSchema = z
  .object({
    participant: z.literal(true),
    /** Coordinator and/or référent: at least one staff co-signer. */
    staffIds: z.array(idSchema).min(1).max(4),
  })
  .strict();

export const signContractBodySchema = z
  .object({
    version: versionSchema,
    signedOn: dateSchema,
    plannedEndOn: dateSchema,
    coSigners: coSignersSchema,
    objectives: z.array(objectiveTextSchema).min(1).max(15),
  })
  .strict();

export const amendContractBodySchema = z
  .object({
    version: versionSchema,
    reason: z.string().trim().min(2).max(2000),
    plannedEndOn: dateSchema.optional(),
    objectives: z.array(objectiveTextSchema).min(1).max(15).optional(),
  })
  .strict();

export const objectiveSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  text: z.string(),
});

export const amendmentSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  byDisplayName: z.string(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});

export const contractSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  signedOn: dateSchema,
  plannedEndOn: dateSchema,
  /** Entry date + 15 months: the whole journey must end by then. */
  deadlineOn: dateSchema,
  status: z.enum(['active', 'ended']),
  coSigners: z.array(z.object({ staffId: idSchema, displayName: z.string() })),
  objectives: z.array(objectiveSchema),
  amendments: z.array(amendmentSchema),
});

export const recordExitBodySchema = z
  .object({
    version: versionSchema,
    exitOn: dateSchema,
    situation: z.enum(EXIT_SITUATIONS),
    /** Duration of the job contract, required for CDD and interim (≥ 6 months is a lasting exit). */
    contractMonths: z.number().int().min(0).max(600).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();

export const exitSchema = z.object({
  id: idSchema,
  contractId: idSchema.nullable(),
  exitOn: dateSchema,
  situation: z.enum(EXIT_SITUATIONS),
  contractMonths: z.number().int().nullable(),
  category: z.enum(EXIT_CATEGORIES),
  comment: z.string().nullable(),
});

const CORE_TIMELINE_KINDS = [
  'participant_created',
  'participant_updated',
  'phase_changed',
  'contract_signed',
  'contract_amended',
  'exit_recorded',
  'team_assigned',
  'team_ended',
  'profile_recorded',
  'note_added',
] as const;

export const TIMELINE_EVENT_KINDS = [
  ...CORE_TIMELINE_KINDS,
  ...ACTIVITY_TIMELINE_KINDS,
  ...ATTENDANCE_TIMELINE_KINDS,
  ...EXPERIENCE_TIMELINE_KINDS,
  ...PARTICIPANT_SPACE_TIMELINE_KINDS,
] as const;

export const timelineEventSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  kind: z.enum(TIMELINE_EVENT_KINDS),
  actorDisplayName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const noteSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  authorId: idSchema,
  authorDisplayName: z.string(),
  body: z.string(),
  private: z.boolean(),
});

export const createNoteBodySchema = z
  .object({ body: z.string().trim().min(1).max(10_000), private: z.boolean().default(false) })
  .strict();

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
  can: z.object({ edit: z.boolean(), seeNotes: z.boolean(), seeSensitive: z.boolean() }),
});

export const alertSchema = z.object({
  kind: z.enum(ALERT_KINDS),
  participantId: idSchema,
  pseudonym: z.string(),
  /** contract_ending: the 15-month deadline; inactive: the last event. */
  on: dateSchema,
  days: z.number().int(),
});

export type SignContractBody = z.infer<typeof signContractBodySchema>;
export type AmendContractBody = z.infer<typeof amendContractBodySchema>;
export type Contract = z.infer<typeof contractSchema>;
export type RecordExitBody = z.infer<typeof recordExitBodySchema>;
export type Exit = z.infer<typeof exitSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];
export type Note = z.infer<typeof noteSchema>;
export type CreateNoteBody = z.input<typeof createNoteBodySchema>;
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;
export type Alert = z.infer<typeof alertSchema>;
