import type { EvidenceFile, Experience } from '@territoires/contracts';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { attendances } from './activities.js';
import { at, contractObjectives, createdAt, id, participants, staff } from './core.js';

/**
 * Something the participant lived: at a session of the catalogue (from an attendance) or recorded
 * freely. Written by the follow-up team or by the participant (createdByStaffId null).
 */
export const experiences = pgTable(
  'experiences',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    kind: text('kind').$type<Experience['kind']>().notNull(),
    title: text('title').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    words: text('words'),
    attendanceId: uuid('attendance_id').references(() => attendances.id),
    /** Snapshot of the partner's name at recording time; null when the name is sensitive. */
    organisationName: text('organisation_name'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('experiences_participant_idx').on(t.participantId, t.occurredOn),
    // One experience per attendance: recording it twice (team and participant) is refused.
    uniqueIndex('experiences_attendance_uq')
      .on(t.attendanceId)
      .where(sql`${t.attendanceId} is not null`),
  ],
);

/** A photo or document attached to an experience; the bytes live in the file storage under storageKey. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: id(),
    experienceId: uuid('experience_id')
      .notNull()
      .references(() => experiences.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    storageKey: text('storage_key').notNull(),
    kind: text('kind').$type<EvidenceFile['kind']>().notNull(),
    mimeType: text('mime_type').$type<EvidenceFile['mimeType']>().notNull(),
    size: integer('size').notNull(),
    name: text('name').notNull(),
    width: integer('width'),
    height: integer('height'),
    uploadedByStaffId: uuid('uploaded_by_staff_id').references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_files_experience_idx').on(t.experienceId)],
);

export interface PartAuthor {
  by: 'participant' | 'staff';
  staffId: string | null;
  at: string;
}

/**
 * A reflexivity time. The participant's part (did, learned, felt, next) is co-written: partAuthors
 * records who wrote each field last. The référent's part: comment, objectives, a proposed badge.
 */
export const reflections = pgTable(
  'reflections',
  {
    id: id(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    did: text('did'),
    learned: text('learned'),
    felt: text('felt'),
    next: text('next'),
    partAuthors: jsonb('part_authors').$type<Record<string, PartAuthor>>().notNull().default({}),
    comment: text('comment'),
    badgeTitle: text('badge_title'),
    badgeReason: text('badge_reason'),
    /** 'proposed' until the badge issue turns the proposal into an award. */
    badgeStatus: text('badge_status'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('reflections_participant_idx').on(t.participantId, t.heldOn)],
);

export const reflectionExperiences = pgTable(
  'reflection_experiences',
  {
    reflectionId: uuid('reflection_id')
      .notNull()
      .references(() => reflections.id),
    experienceId: uuid('experience_id')
      .notNull()
      .references(() => experiences.id),
  },
  (t) => [primaryKey({ columns: [t.reflectionId, t.experienceId] })],
);

/** Links to the key objectives of the participant's contract. */
export const reflectionObjectives = pgTable(
  'reflection_objectives',
  {
    reflectionId: uuid('reflection_id')
      .notNull()
      .references(() => reflections.id),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => contractObjectives.id),
  },
  (t) => [primaryKey({ columns: [t.reflectionId, t.objectiveId] })],
);

export type ExperienceRow = typeof experiences.$inferSelect;
export type ReflectionRow = typeof reflections.$inferSelect;
export type EvidenceFileRow = typeof evidenceFiles.$inferSelect;
