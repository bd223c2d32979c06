import type { FastifyInstance } from 'fastify';
import { route, type RouteOptions } from '../http/route.js';
import { answerMySurvey, mySurveyChanges, mySurveys } from './answers.js';
import { surveyResults } from './results.js';
import {
  createSurvey,
  listSurveyChanges,
  listSurveys,
  publishSurveyChange,
  setSurveyQuestions,
} from './service.js';

export function surveysRoutes(app: FastifyInstance, options: RouteOptions): void {
  route(app, options, 'mySurveys', ({ services, participant }) => mySurveys(services, participant));
  route(app, options, 'answerMySurvey', ({ services, participant, params, body }) =>
    answerMySurvey(services, participant, params.id, body),
  );
  route(app, options, 'mySurveyChanges', ({ services }) => mySurveyChanges(services));
  route(app, options, 'listSurveys', ({ services, actor }) => listSurveys(services, actor));
  route(app, options, 'createSurvey', ({ services, actor, body }) =>
    createSurvey(services, actor, body),
  );
  route(app, options, 'setSurveyQuestions', ({ services, actor, params, body }) =>
    setSurveyQuestions(services, actor, params.id, body),
  );
  route(app, options, 'listSurveyChanges', ({ services, actor }) =>
    listSurveyChanges(services, actor),
  );
  route(app, options, 'publishSurveyChange', ({ services, actor, body }) =>
    publishSurveyChange(services, actor, body),
  );
  route(app, options, 'surveyResults', ({ services, actor, query }) =>
    surveyResults(services, actor, query),
  );
}
