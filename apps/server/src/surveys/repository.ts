import type { SurveyKind } from '@territoires/contracts';
import { and, asc, desc, eq, gt, inArray, lte, min, max } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { activities, activitySessions, attendances } from '../db/tables/activities.js';
import { contracts, exits } from '../db/tables/core.js';
import type { DueFacts } from './due.js';
import { surveyChanges, surveyQuestions, surveyResponses, surveys } from './tables.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type QuestionRow = typeof surveyQuestions.$inferSelect;
export interface SurveyWithQuestions {
  survey: SurveyRow;
  questions: QuestionRow[];
}

async function withQuestions(db: Db | Tx, rows: SurveyRow[]): Promise<SurveyWithQuestions[]> {
  if (rows.length === 0) return [];
  const questions = await db
    .select()
    .from(surveyQuestions)
    .where(
      and(
        inArray(
          surveyQuestions.surveyId,
          rows.map((r) => r.id),
        ),
        eq(surveyQuestions.retired, false),
      ),
    )
    .orderBy(asc(surveyQuestions.position));
  return rows.map((survey) => ({
    survey,
    questions: questions.filter((q) => q.surveyId === survey.id),
  }));
}

export async function allSurveys(db: Db | Tx): Promise<SurveyWithQuestions[]> {
  const rows = await db.select().from(surveys).orderBy(desc(surveys.createdAt), asc(surveys.id));
  return withQuestions(db, rows);
}

export async function surveyById(db: Db | Tx, id: string): Promise<SurveyWithQuestions | null> {
  const rows = await db.select().from(surveys).where(eq(surveys.id, id));
  return (await withQuestions(db, rows))[0] ?? null;
}

/** The survey offered for each kind: the newest active one. */
export async function currentSurveys(
  db: Db | Tx,
): Promise<Partial<Record<SurveyKind, SurveyWithQuestions>>> {
  const all = (await allSurveys(db)).filter((s) => s.survey.active);
  const current: Partial<Record<SurveyKind, SurveyWithQuestions>> = {};
  for (const s of all) current[s.survey.kind] ??= s;
  return current;
}

/** What the due computation needs about one participant, in four small queries. */
export async function dueFacts(
  db: Db | Tx,
  participantId: string,
  since: Date,
  now: Date,
): Promise<DueFacts> {
  const [signed, exited, attended, replied] = await Promise.all([
    db
      .select({ on: min(contracts.signedOn) })
      .from(contracts)
      .where(eq(contracts.participantId, participantId)),
    db
      .select({ on: max(exits.exitOn) })
      .from(exits)
      .where(eq(exits.participantId, participantId)),
    db
      .select({
        sessionId: activitySessions.id,
        startsAt: activitySessions.startsAt,
        activityName: activities.title,
      })
      .from(attendances)
      .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
      .innerJoin(activities, eq(activities.id, activitySessions.activityId))
      .where(
        and(
          eq(attendances.participantId, participantId),
          inArray(attendances.status, ['present', 'late']),
          gt(activitySessions.startsAt, since.toISOString()),
          lte(activitySessions.startsAt, now.toISOString()),
        ),
      ),
    db
      .select({ key: surveyResponses.momentKey })
      .from(surveyResponses)
      .where(eq(surveyResponses.participantId, participantId)),
  ]);
  return {
    firstSignedOn: signed[0]?.on ?? null,
    exitOn: exited[0]?.on ?? null,
    attended,
    replied: new Set(replied.map((r) => r.key)),
  };
}

export const changes = (db: Db | Tx) =>
  db.select().from(surveyChanges).orderBy(desc(surveyChanges.publishedAt));
