// Types only, like db/tables: drizzle-kit loads this file without the contracts package being built.
import type { SurveyKind, SurveyMoment } from '@territoires/contracts';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { activitySessions } from '../db/tables/activities.js';
import { at, createdAt, id, participants, staff } from '../db/tables/core.js';

// This domain's tables: only it reads and writes them (drizzle-kit reads every <domain>/tables.ts).

/** A survey coordination wrote; the newest active one of a kind is the one offered. */
export const surveys = pgTable('surveys', {
  id: id(),
  kind: text('kind').$type<SurveyKind>().notNull(),
  titleFr: text('title_fr').notNull(),
  titleEn: text('title_en'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

/** Its questions, in order; a question taken out keeps its answers (retired, not deleted). */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: id(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    position: integer('position').notNull(),
    textFr: text('text_fr').notNull(),
    textEn: text('text_en'),
    retired: boolean('retired').notNull().default(false),
  },
  (t) => [index('survey_questions_survey_idx').on(t.surveyId, t.position)],
);

/**
 * One participant's reply to a survey at one moment: with consent (its answers beside), or a
 * refusal (no answer kept) so that the survey is not offered again for that moment.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id),
    moment: text('moment').$type<SurveyMoment>().notNull(),
    sessionId: uuid('session_id').references(() => activitySessions.id),
    /** 'session:<id>' or the moment: one reply per participant, survey kind and moment. */
    momentKey: text('moment_key').notNull(),
    kind: text('kind').$type<SurveyKind>().notNull(),
    consent: boolean('consent').notNull(),
    answeredAt: at('answered_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_moment_uq').on(t.participantId, t.kind, t.momentKey),
    index('survey_responses_answered_idx').on(t.answeredAt),
  ],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id),
    value: smallint('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/** "Vous avez dit, nous avons fait": what changed because of the answers, published by coordination. */
export const surveyChanges = pgTable('survey_changes', {
  id: id(),
  textFr: text('text_fr').notNull(),
  textEn: text('text_en'),
  publishedBy: uuid('published_by')
    .notNull()
    .references(() => staff.id),
  publishedAt: at('published_at').notNull().defaultNow(),
});
