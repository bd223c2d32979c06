import { z } from 'zod';
import { ACTIVITY_KINDS } from './activity-kinds.js';
import {
  dateSchema,
  idParamsSchema,
  idSchema,
  okSchema,
  optionalText,
  timestampSchema,
} from './common.js';
import type { RouteContract } from './route-contract.js';

// Surveys (issue 20): short surveys the participants answer on their phone (satisfaction after a
// session they attended, self-assessment at entry, midway and exit), read by staff only as masked
// aggregates; and "Vous avez dit, nous avons fait", what changed because of the answers.

export const SURVEYS_ERROR_CODES = ['surveys.not_due', 'surveys.answers_mismatch'] as const;

/** Answering writes no line on the participant's timeline: staff never learn who answered. */
export const SURVEYS_TIMELINE_KINDS = [] as const;

export const SURVEY_KINDS = ['satisfaction', 'self_assessment'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SURVEY_MOMENTS = ['session', 'entry', 'midway', 'exit'] as const;
export type SurveyMoment = (typeof SURVEY_MOMENTS)[number];
/** The one answer scale: 1 "Pas du tout" … 4 "Tout à fait". */
export const ANSWER_VALUES = [1, 2, 3, 4] as const;
/** Days after a session during which its satisfaction survey is offered. */
export const SATISFACTION_DAYS = 7;
/** Months after the first contract's signature when the midway self-assessment is due. */
export const MIDWAY_MONTHS = 7;

const text = z.string().trim().min(1).max(300);

export const surveyQuestionSchema = z.object({
  id: idSchema,
  textFr: z.string(),
  textEn: z.string().nullable(),
});

export const surveySchema = z.object({
  id: idSchema,
  kind: z.enum(SURVEY_KINDS),
  titleFr: z.string(),
  titleEn: z.string().nullable(),
  active: z.boolean(),
  questions: z.array(surveyQuestionSchema),
});

export const createSurveyBodySchema = z
  .object({ kind: z.enum(SURVEY_KINDS), titleFr: text, titleEn: optionalText(300) })
  .strict();

export const surveyQuestionsBodySchema = z
  .object({
    questions: z
      .array(
        z.object({ id: idSchema.optional(), textFr: text, textEn: optionalText(300) }).strict(),
      )
      .min(1)
      .max(8),
  })
  .strict();

/** A survey the participant may answer now, for one moment (a session, or a stage of the pathway). */
export const dueSurveySchema = z.object({
  surveyId: idSchema,
  kind: z.enum(SURVEY_KINDS),
  moment: z.enum(SURVEY_MOMENTS),
  sessionId: idSchema.nullable(),
  /** The activity's name, for a session. */
  activityName: z.string().nullable(),
  titleFr: z.string(),
  titleEn: z.string().nullable(),
  questions: z.array(surveyQuestionSchema),
});

export const answerSurveyBodySchema = z
  .object({
    moment: z.enum(SURVEY_MOMENTS),
    sessionId: idSchema.nullable().optional(),
    consent: z.boolean(),
    answers: z
      .array(z.object({ questionId: idSchema, value: z.number().int().min(1).max(4) }).strict())
      .max(8),
  })
  .strict();

export const surveyChangeSchema = z.object({
  id: idSchema,
  textFr: z.string(),
  textEn: z.string().nullable(),
  publishedAt: timestampSchema,
});

export const publishChangeBodySchema = z
  .object({ textFr: z.string().trim().min(1).max(600), textEn: optionalText(600) })
  .strict();

export const surveyResultsQuerySchema = z.object({ from: dateSchema, to: dateSchema }).strict();

/** A mean on the 1–4 scale over distinct participants; both null when fewer than 5 answered. */
const cell = z.object({ people: z.number().int().nullable(), mean: z.number().nullable() });

export const surveyResultsSchema = z.object({
  satisfactionByKind: z.array(cell.extend({ kind: z.enum(ACTIVITY_KINDS) })),
  satisfactionByPartner: z.array(cell.extend({ organisationId: idSchema, name: z.string() })),
  selfAssessment: z.array(
    z.object({
      questionId: idSchema,
      textFr: z.string(),
      textEn: z.string().nullable(),
      entry: cell,
      midway: cell,
      exit: cell,
    }),
  ),
});

export const surveysRoutes = {
  mySurveys: {
    method: 'GET',
    path: '/api/me/surveys',
    summary: 'The surveys I may answer now',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(dueSurveySchema),
  },
  answerMySurvey: {
    method: 'POST',
    path: '/api/me/surveys/:id/responses',
    summary: 'I answer a survey (or say no thanks): answers kept only with my consent',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    body: answerSurveyBodySchema,
    status: 201,
    response: okSchema,
  },
  mySurveyChanges: {
    method: 'GET',
    path: '/api/me/survey-changes',
    summary: 'What changed because of the answers ("Vous avez dit, nous avons fait")',
    tag: 'participant-space',
    audience: 'participant',
    response: z.array(surveyChangeSchema),
  },
  listSurveys: {
    method: 'GET',
    path: '/api/surveys',
    summary: 'The surveys and their questions (coordination)',
    tag: 'surveys',
    response: z.array(surveySchema),
  },
  createSurvey: {
    method: 'POST',
    path: '/api/surveys',
    summary: 'Add a survey (coordination); the newest of a kind is the one offered',
    tag: 'surveys',
    body: createSurveyBodySchema,
    status: 201,
    response: surveySchema,
  },
  setSurveyQuestions: {
    method: 'PUT',
    path: '/api/surveys/:id/questions',
    summary: 'Write the questions of a survey, in order (coordination)',
    tag: 'surveys',
    params: idParamsSchema,
    body: surveyQuestionsBodySchema,
    response: surveySchema,
  },
  listSurveyChanges: {
    method: 'GET',
    path: '/api/survey-changes',
    summary: 'What changed because of the answers (coordination)',
    tag: 'surveys',
    response: z.array(surveyChangeSchema),
  },
  publishSurveyChange: {
    method: 'POST',
    path: '/api/survey-changes',
    summary: 'Publish what changed because of the answers (coordination)',
    tag: 'surveys',
    body: publishChangeBodySchema,
    status: 201,
    response: surveyChangeSchema,
  },
  surveyResults: {
    method: 'GET',
    path: '/api/surveys/results',
    summary: 'Survey results as aggregates over distinct participants, masked under 5',
    tag: 'surveys',
    query: surveyResultsQuerySchema,
    response: surveyResultsSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Survey = z.infer<typeof surveySchema>;
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type DueSurvey = z.infer<typeof dueSurveySchema>;
export type AnswerSurveyBody = z.infer<typeof answerSurveyBodySchema>;
export type SurveyChange = z.infer<typeof surveyChangeSchema>;
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
export type SurveyResultCell = z.infer<typeof cell>;
