import type { DueSurvey, Survey, SurveyChange } from '@territoires/contracts';
import { iso } from '../time/index.js';
import type { DueMoment } from './due.js';
import type { QuestionRow, SurveyWithQuestions } from './repository.js';
import type { surveyChanges } from './tables.js';

const presentQuestion = (q: QuestionRow) => ({ id: q.id, textFr: q.textFr, textEn: q.textEn });

export const presentSurvey = ({ survey, questions }: SurveyWithQuestions): Survey => ({
  id: survey.id,
  kind: survey.kind,
  titleFr: survey.titleFr,
  titleEn: survey.titleEn,
  active: survey.active,
  questions: questions.map(presentQuestion),
});

export const presentDue = (
  due: DueMoment,
  { survey, questions }: SurveyWithQuestions,
): DueSurvey => ({
  surveyId: survey.id,
  kind: survey.kind,
  moment: due.moment,
  sessionId: due.sessionId,
  activityName: due.activityName,
  titleFr: survey.titleFr,
  titleEn: survey.titleEn,
  questions: questions.map(presentQuestion),
});

export const presentChange = (row: typeof surveyChanges.$inferSelect): SurveyChange => ({
  id: row.id,
  textFr: row.textFr,
  textEn: row.textEn,
  publishedAt: iso(row.publishedAt),
});
