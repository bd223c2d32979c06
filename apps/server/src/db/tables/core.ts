// Code columns are plain text in SQL (no enum type to migrate when a code is added); $type gives
// them the contract's union in TypeScript, so rows need no casts. Types only: drizzle-kit loads
// these files without the contracts package being built.
import type {
  ExitCategory,
  ExitSituation,
  OrganisationKind,
  Phase,
  ReferralSource,
  Role,
  TeamRole,
  Territory,
  TimelineEventKind,
} from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);
export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

export const organisations = pgTable('organisations', {
  id: id(),
  name: text('name').notNull(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  sensitiveName: boolean('sensitive_name').notNull().default(false),
  publicName: text('public_name'),
  siret: text('siret'),
  createdAt: createdAt(),
});

export const staff = pgTable(
  'staff',
  {
    id: id(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('staff_email_uq').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').$type<Role>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.organisationId, t.role] })],
);

export const authSessions = pgTable('auth_sessions', {
  /** SHA-256 of the cookie token: a database leak does not leak usable sessions. */
  tokenHash: text('token_hash').primaryKey(),
  staffId: uuid('staff_id')
    .notNull()
    .references(() => staff.id),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: at('expires_at').notNull(),
  createdAt: createdAt(),
});

export const participants = pgTable(
  'participants',
  {
    id: id(),
    pseudonym: text('pseudonym').notNull(),
    contact: text('contact'),
    referralSource: text('referral_source').$type<ReferralSource>().notNull(),
    territory: text('territory').$type<Territory>().notNull(),
    commune: text('commune'),
    phase: text('phase').$type<Phase>().notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Denormalised current référent, kept in step with follow_up_assignments, for the list's filter and sort. */
    referentId: uuid('referent_id').references(() => staff.id),
    /** Denormalised current coordinateur, like referentId: list visibility without a subquery. */
    coordinatorId: uuid('coordinator_id').references(() => staff.id),
    /** Entry + 15 months of the active contract (null without one): the contract_ending alert. */
    contractDeadlineOn: date('contract_deadline_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    lastEventAt: at('last_event_at').notNull().defaultNow(),
  },
  (t) => [
    // Every list index ends with (last_event_at, id): the list's order, so no sort step is needed.
    index('participants_phase_idx').on(t.phase, t.lastEventAt, t.id),
    index('participants_referent_idx').on(t.referentId, t.lastEventAt, t.id),
    index('participants_territory_idx').on(t.territory, t.lastEventAt, t.id),
    index('participants_org_idx').on(t.organisationId, t.lastEventAt, t.id),
    index('participants_coordinator_idx').on(t.coordinatorId, t.lastEventAt, t.id),
    index('participants_deadline_idx').on(t.contractDeadlineOn),
    index('participants_last_event_idx').on(t.lastEventAt, t.id),
    index('participants_pseudonym_idx').on(sql`lower(${t.pseudonym}) text_pattern_ops`),
    // The indicators' "created in the period" (a Paris day): also gives the planner its statistics.
    index('participants_created_day_idx').on(
      sql`((${t.createdAt} at time zone 'Europe/Paris')::date)`,
    ),
  ],
);

export const participantProfiles = pgTable('participant_profiles', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id),
  sex: text('sex'),
  ageBand: text('age_band'),
  qualificationLevel: text('qualification_level'),
  longTermJobSeeker: boolean('long_term_job_seeker'),
  digitalExclusion: boolean('digital_exclusion'),
  rsa: boolean('rsa'),
  rqth: boolean('rqth'),
  refugee: boolean('refugee'),
  consentRecordedAt: at('consent_recorded_at').notNull(),
  consentRecordedBy: uuid('consent_recorded_by')
    .notNull()
    .references(() => staff.id),
});

export const followUpAssignments = pgTable(
  'follow_up_assignments',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    role: text('role').$type<TeamRole>().notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
  },
  (t) => [
    index('assignments_participant_idx').on(t.participantId),
    index('assignments_staff_idx')
      .on(t.staffId)
      .where(sql`${t.endOn} is null`),
  ],
);

export const contracts = pgTable(
  'contracts',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    number: integer('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    plannedEndOn: date('planned_end_on', { mode: 'string' }).notNull(),
    status: text('status').$type<'active' | 'ended'>().notNull().default('active'),
    coSignerIds: jsonb('co_signer_ids').$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contracts_participant_number_uq').on(t.participantId, t.number),
    index('contracts_active_idx')
      .on(t.signedOn)
      .where(sql`${t.status} = 'active'`),
    // The indicators read contracts by the period they were signed in.
    index('contracts_signed_idx').on(t.signedOn),
  ],
);

export const contractObjectives = pgTable(
  'contract_objectives',
  {
    id: id(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    /** Objectives removed by an amendment stay for history (and badges later linked to them). */
    removedAt: at('removed_at'),
  },
  (t) => [index('objectives_contract_idx').on(t.contractId)],
);

export const contractAmendments = pgTable('contract_amendments', {
  id: id(),
  contractId: uuid('contract_id')
    .notNull()
    .references(() => contracts.id),
  at: at('at').notNull().defaultNow(),
  byId: uuid('by_id')
    .notNull()
    .references(() => staff.id),
  reason: text('reason').notNull(),
  before: jsonb('before').$type<Record<string, unknown>>().notNull(),
  after: jsonb('after').$type<Record<string, unknown>>().notNull(),
});

export const exits = pgTable(
  'exits',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    contractId: uuid('contract_id').references(() => contracts.id),
    exitOn: date('exit_on', { mode: 'string' }).notNull(),
    situation: text('situation').$type<ExitSituation>().notNull(),
    contractMonths: integer('contract_months'),
    category: text('category').$type<ExitCategory>().notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    index('exits_participant_idx').on(t.participantId),
    // The summaries (ADR 0029) read a contract's exits: its first one closes it.
    index('exits_contract_idx').on(t.contractId),
    // The indicators read exits by the period they are dated in.
    index('exits_exit_on_idx').on(t.exitOn),
  ],
);

export const notes = pgTable(
  'notes',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => staff.id),
    body: text('body').notNull(),
    private: boolean('private').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('notes_participant_idx').on(t.participantId)],
);

export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: id(),
    /** Orders events written at the same instant (one transaction can write several). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    at: at('at').notNull().defaultNow(),
    kind: text('kind').$type<TimelineEventKind>().notNull(),
    actorId: uuid('actor_id').references(() => staff.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('timeline_participant_idx').on(t.participantId, t.at, t.seq)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId)],
);
