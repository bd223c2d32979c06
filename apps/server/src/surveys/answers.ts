import type { AnswerSurveyBody, DueSurvey, SurveyChange } from '@territoires/contracts';
import { recordAudit } from '../audit/record.js';
import type { ParticipantActor } from '../auth/actor.js';
import { ConflictError, ValidationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { parisDay, plusDays } from '../time/index.js';
import { SATISFACTION_DAYS } from '@territoires/contracts';
import { dueMoments, momentKey, type DueMoment } from './due.js';
import { keepsAnswers } from './policy.js';
import { presentChange, presentDue } from './presenter.js';
import { changes, currentSurveys, dueFacts, type SurveyWithQuestions } from './repository.js';
import { surveyAnswers, surveyResponses } from './tables.js';

type Due = { due: DueMoment; survey: SurveyWithQuestions };

async function dueNow(services: Services, participantId: string): Promise<Due[]> {
  const { db } = services.database;
  const now = services.clock();
  const [facts, current] = await Promise.all([
    dueFacts(db, participantId, plusDays(now, -SATISFACTION_DAYS), now),
    currentSurveys(db),
  ]);
  return dueMoments(facts, now, parisDay(now)).flatMap((due) => {
    const survey = current[due.kind];
    return survey && survey.questions.length > 0 ? [{ due, survey }] : [];
  });
}

export async function mySurveys(
  services: Services,
  participant: ParticipantActor,
): Promise<DueSurvey[]> {
  return (await dueNow(services, participant.participantId)).map(({ due, survey }) =>
    presentDue(due, survey),
  );
}

function checkAnswers(body: AnswerSurveyBody, survey: SurveyWithQuestions): void {
  if (!keepsAnswers(body.consent)) return;
  const asked = new Set(survey.questions.map((q) => q.id));
  const given = new Set(body.answers.map((a) => a.questionId));
  const same =
    given.size === body.answers.length &&
    given.size === asked.size &&
    [...given].every((id) => asked.has(id));
  if (!same)
    throw new ValidationError(
      'surveys.answers_mismatch',
      'Answer each question of the survey once.',
    );
}

/**
 * A reply to a due survey: with consent, its answers; without, the refusal alone (no answer kept),
 * so that the moment is not offered again. The audit event says that a reply was made and whether
 * with consent, never the answers; nothing goes on the participant's timeline.
 */
export async function answerMySurvey(
  services: Services,
  participant: ParticipantActor,
  surveyId: string,
  body: AnswerSurveyBody,
): Promise<{ ok: true }> {
  const sessionId = body.moment === 'session' ? (body.sessionId ?? null) : null;
  const match = (await dueNow(services, participant.participantId)).find(
    ({ due, survey }) =>
      survey.survey.id === surveyId && due.moment === body.moment && due.sessionId === sessionId,
  );
  if (!match) throw new ConflictError('surveys.not_due', 'This survey is not open to you now.');
  checkAnswers(body, match.survey);
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const [response] = await tx
      .insert(surveyResponses)
      .values({
        surveyId,
        participantId: participant.participantId,
        moment: body.moment,
        sessionId,
        momentKey: momentKey(body.moment, sessionId),
        kind: match.survey.survey.kind,
        consent: body.consent,
        answeredAt: now.toISOString(),
      })
      .onConflictDoNothing()
      .returning({ id: surveyResponses.id });
    if (!response) throw new ConflictError('surveys.not_due', 'Already answered.');
    if (keepsAnswers(body.consent))
      await tx
        .insert(surveyAnswers)
        .values(body.answers.map((a) => ({ responseId: response.id, ...a })));
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'survey.answer',
        entityType: 'survey_response',
        entityId: response.id,
        before: null,
        after: { kind: match.survey.survey.kind, moment: body.moment, consent: body.consent },
      },
      now,
    );
  });
  return { ok: true };
}

export async function mySurveyChanges(services: Services): Promise<SurveyChange[]> {
  return (await changes(services.database.db)).map(presentChange);
}
