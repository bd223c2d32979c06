import { loginParticipant } from '../../test-support/participant-clients.js';
import { anyId, own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { makeSurvey } from './factories.js';

/** The audit test's expectations (audit/audit.test.ts) for surveys: never a text, never an answer. */
export function surveysAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    createSurvey: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('createSurvey', '', { kind: 'satisfaction', titleFr: 'Votre avis' }),
        }),
      expected: {
        action: 'survey.create',
        entityType: 'survey',
        entityId: own,
        before: null,
        after: { kind: 'satisfaction' },
      },
    },
    setSurveyQuestions: {
      prepare: async () => {
        const survey = await makeSurvey(get().services, 'satisfaction');
        return {
          who: 'coordination',
          options: write('setSurveyQuestions', survey.id, {
            questions: [{ id: survey.questionIds[0], textFr: 'Utile ?' }, { textFr: 'Clair ?' }],
          }),
        };
      },
      expected: {
        action: 'survey.questions',
        entityType: 'survey',
        entityId: own,
        before: { questions: 3 },
        after: { questions: 2 },
      },
    },
    publishSurveyChange: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('publishSurveyChange', '', { textFr: 'Les ateliers commencent à 10 h.' }),
        }),
      expected: {
        action: 'survey_change.publish',
        entityType: 'survey_change',
        entityId: own,
        before: null,
        after: { english: false },
      },
    },
    answerMySurvey: {
      prepare: async () => {
        const { app, services, world } = get();
        const [survey, participant] = await Promise.all([
          makeSurvey(services, 'self_assessment'),
          get().fresh('contract'),
        ]);
        const client = await loginParticipant(app, participant.id, world.staff.referent);
        return {
          who: 'referent',
          as: { client, actorId: null },
          options: write('answerMySurvey', survey.id, {
            moment: 'entry',
            consent: true,
            answers: survey.questionIds.map((questionId) => ({ questionId, value: 3 })),
          }),
        };
      },
      expected: {
        action: 'survey.answer',
        entityType: 'survey_response',
        entityId: anyId,
        before: null,
        after: { kind: 'self_assessment', moment: 'entry', consent: true },
      },
    },
  };
}
