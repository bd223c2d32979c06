import type { Activity, AttendanceStatus, Territory } from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, organisations, participants, staff } from './core.js';

/**
 * An activity of the catalogue, described with the data·inclusion `service` fields (nom, description,
 * thématiques, publics, modes d'accueil, volume horaire, nombre de semaines, address and INSEE code,
 * contact) plus our own: kind, equipment, openness to other publics.
 */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    kind: text('kind').$type<Activity['kind']>().notNull().default('workshop'),
    description: text('description').notNull().default(''),
    thematiques: jsonb('thematiques').$type<string[]>().notNull().default([]),
    publics: jsonb('publics').$type<string[]>().notNull().default([]),
    modesAccueil: jsonb('modes_accueil').$type<string[]>().notNull().default([]),
    volumeHoraireHebdomadaire: real('volume_horaire_hebdomadaire'),
    nombreSemaines: integer('nombre_semaines'),
    address: text('address'),
    postalCode: text('postal_code'),
    commune: text('commune'),
    codeInsee: text('code_insee'),
    /** One of our territories when the place lies in one (filter "near me"). */
    territory: text('territory').$type<Territory>(),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    equipment: text('equipment'),
    openToOtherPublics: boolean('open_to_other_publics').notNull().default(true),
    /** data·inclusion provenance of an imported activity: (source, id) is unique, so re-imports update. */
    source: text('source'),
    sourceId: text('source_id'),
    archivedAt: at('archived_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('activities_org_idx').on(t.organisationId),
    // Catalogue search filters (theme is a jsonb containment, the others equality).
    index('activities_thematiques_idx').using('gin', t.thematiques),
    index('activities_kind_idx').on(t.kind),
    index('activities_territory_idx').on(t.territory),
    uniqueIndex('activities_source_uq')
      .on(t.source, t.sourceId)
      .where(sql`${t.source} is not null`),
  ],
);

/** A weekly series: its sessions are generated once, then live their own life (cancel, move). */
export const activitySeries = pgTable('activity_series', {
  id: id(),
  activityId: uuid('activity_id')
    .notNull()
    .references(() => activities.id),
  /** ISO weekday, 1 = Monday. */
  weekday: integer('weekday').notNull(),
  startTime: text('start_time').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  firstOn: date('first_on', { mode: 'string' }).notNull(),
  lastOn: date('last_on', { mode: 'string' }).notNull(),
  capacity: integer('capacity').notNull(),
  facilitatorId: uuid('facilitator_id').references(() => staff.id),
  place: text('place'),
  createdAt: createdAt(),
});

export const activitySessions = pgTable(
  'activity_sessions',
  {
    id: id(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    seriesId: uuid('series_id').references(() => activitySeries.id),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place'),
    capacity: integer('capacity').notNull(),
    /** Kept in step with live registrations: the capacity check is one conditional UPDATE. */
    registeredCount: integer('registered_count').notNull().default(0),
    facilitatorId: uuid('facilitator_id').references(() => staff.id),
    cancelledAt: at('cancelled_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('sessions_starts_idx').on(t.startsAt),
    // The catalogue walks upcoming live sessions in time order.
    index('sessions_live_starts_idx')
      .on(t.startsAt)
      .where(sql`${t.cancelledAt} is null`),
    index('sessions_activity_idx').on(t.activityId, t.startsAt),
    index('sessions_facilitator_idx').on(t.facilitatorId, t.startsAt),
    // The indicators' sessions held in a period of Paris days; the planner's statistics too.
    index('sessions_held_day_idx')
      .on(sql`((${t.startsAt} at time zone 'Europe/Paris')::date)`)
      .where(sql`${t.cancelledAt} is null`),
  ],
);

/**
 * Who comes to a session: programme participants and other people alike (guestName), so that a
 * roster never singles the programme's participants out.
 */
export const sessionRegistrations = pgTable(
  'session_registrations',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id),
    participantId: uuid('participant_id').references(() => participants.id),
    guestName: text('guest_name'),
    registeredByStaffId: uuid('registered_by_staff_id').references(() => staff.id),
    registeredByParticipant: boolean('registered_by_participant').notNull().default(false),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('session_registrations_live_uq')
      .on(t.sessionId, t.participantId)
      .where(sql`${t.participantId} is not null and ${t.cancelledAt} is null`),
    index('session_registrations_participant_idx').on(t.participantId),
  ],
);

/**
 * Attendance taken by partner staff, from the roster or by scanning a card. clientId is made on the
 * phone when the scan happens, so a queue replayed after a network loss records nothing twice.
 */
export const attendances = pgTable(
  'attendances',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => activitySessions.id),
    participantId: uuid('participant_id').references(() => participants.id),
    registrationId: uuid('registration_id').references(() => sessionRegistrations.id),
    clientId: uuid('client_id').notNull(),
    method: text('method').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => staff.id),
    recordedAt: at('recorded_at').notNull(),
    syncedAt: at('synced_at').notNull().defaultNow(),
    /** Marks made before statuses existed were presences: the default keeps them so. */
    status: text('status').$type<AttendanceStatus>().notNull().default('present'),
    correctedById: uuid('corrected_by_id').references(() => staff.id),
    correctedAt: at('corrected_at'),
  },
  (t) => [
    uniqueIndex('attendances_client_uq').on(t.clientId),
    uniqueIndex('attendances_session_participant_uq')
      .on(t.sessionId, t.participantId)
      .where(sql`${t.participantId} is not null`),
    index('attendances_participant_idx').on(t.participantId),
  ],
);

/** Which organisations' activities a participant is registered on: the partner visibility rule. */
export const activityRegistrations = pgTable(
  'activity_registrations',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.participantId] }),
    index('registrations_participant_idx').on(t.participantId),
  ],
);
