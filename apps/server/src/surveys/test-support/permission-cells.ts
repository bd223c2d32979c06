import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { makeSurvey } from './factories.js';

type Names =
  | 'mySurveys'
  | 'answerMySurvey'
  | 'mySurveyChanges'
  | 'listSurveys'
  | 'createSurvey'
  | 'setSurveyQuestions'
  | 'listSurveyChanges'
  | 'publishSurveyChange'
  | 'surveyResults';

const anyId = '00000000-0000-4000-8000-000000000000';

/** Requests for the permission matrix (participants/permissions.test.ts): surveys. */
export function surveysCells(f: () => CellFixture): Cells<Names> {
  return {
    mySurveys: () => Promise.resolve({}),
    answerMySurvey: () =>
      Promise.resolve({
        params: { id: anyId },
        body: { moment: 'entry', consent: false, answers: [] },
      }),
    mySurveyChanges: () => Promise.resolve({}),
    listSurveys: () => Promise.resolve({}),
    createSurvey: () => Promise.resolve({ body: { kind: 'satisfaction', titleFr: 'Votre avis' } }),
    setSurveyQuestions: async () => {
      const survey = await makeSurvey(f().services, 'satisfaction');
      return {
        params: { id: survey.id },
        body: { questions: [{ id: survey.questionIds[0], textFr: 'Utile ?' }] },
      };
    },
    listSurveyChanges: () => Promise.resolve({}),
    publishSurveyChange: () =>
      Promise.resolve({ body: { textFr: 'Nous avons changé l’horaire.' } }),
    surveyResults: () => Promise.resolve({ query: { from: '2025-01-01', to: '2025-12-31' } }),
  };
}

// Surveys: coordination writes them; results go to whoever reads the dashboard (always masked
// aggregates); the participant's routes answer only a participant's session (401 to staff).
// prettier-ignore
export const surveysMatrix: Matrix<Names> = {
  //                      anon coordination coordinator referent partner org_admin evaluator funder stranger
  mySurveys:           row(401, 401,         401,        401,     401,    401,      401,      401,   401),
  answerMySurvey:      row(401, 401,         401,        401,     401,    401,      401,      401,   401),
  mySurveyChanges:     row(401, 401,         401,        401,     401,    401,      401,      401,   401),
  listSurveys:         row(401, 200,         403,        403,     403,    403,      403,      403,   403),
  createSurvey:        row(401, 201,         403,        403,     403,    403,      403,      403,   403),
  setSurveyQuestions:  row(401, 200,         403,        403,     403,    403,      403,      403,   403),
  listSurveyChanges:   row(401, 200,         403,        403,     403,    403,      403,      403,   403),
  publishSurveyChange: row(401, 201,         403,        403,     403,    403,      403,      403,   403),
  surveyResults:       row(401, 200,         200,        403,     403,    200,      200,      200,   403),
};
