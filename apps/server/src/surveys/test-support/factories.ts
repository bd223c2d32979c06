import { randomUUID } from 'node:crypto';
import { attendances } from '../../db/tables/activities.js';
import type { SurveyKind } from '@territoires/contracts';
import type { Services } from '../../services.js';
import { surveyQuestions, surveys } from '../tables.js';

export interface MadeSurvey {
  id: string;
  questionIds: string[];
}

/** A survey with its questions, straight into the database (tests only). */
export async function makeSurvey(
  services: Services,
  kind: SurveyKind,
  texts: string[] = ['Question 1', 'Question 2', 'Question 3'],
): Promise<MadeSurvey> {
  const { db } = services.database;
  const [survey] = await db
    .insert(surveys)
    .values({ kind, titleFr: `Questionnaire ${kind}`, titleEn: null })
    .returning({ id: surveys.id });
  if (!survey) throw new Error('no survey');
  const questions = await db
    .insert(surveyQuestions)
    .values(texts.map((textFr, position) => ({ surveyId: survey.id, position, textFr })))
    .returning({ id: surveyQuestions.id });
  return { id: survey.id, questionIds: questions.map((q) => q.id) };
}

/** A mark of presence (or lateness) for a participant at a session, as a roster would record it. */
export async function attend(
  services: Services,
  values: {
    sessionId: string;
    participantId: string;
    recordedById: string;
    status?: 'present' | 'late' | 'absent';
  },
): Promise<void> {
  await services.database.db.insert(attendances).values({
    status: 'present',
    ...values,
    clientId: randomUUID(),
    method: 'roster',
    recordedAt: new Date().toISOString(),
  });
}
