import type { Survey, SurveyChange } from '@territoires/contracts';
import type { z } from 'zod';
import type {
  createSurveyBodySchema,
  publishChangeBodySchema,
  surveyQuestionsBodySchema,
} from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { requireSurveyManager } from './policy.js';
import { presentChange, presentSurvey } from './presenter.js';
import { allSurveys, surveyById } from './repository.js';
import { surveyChanges, surveyQuestions, surveys } from './tables.js';

// Coordination's side: surveys, their questions, and "Vous avez dit, nous avons fait". Each write
// is one transaction with its audit event (shapes and counts, never the texts).

export async function listSurveys(services: Services, actor: Actor): Promise<Survey[]> {
  requireSurveyManager(actor);
  return (await allSurveys(services.database.db)).map(presentSurvey);
}

export async function createSurvey(
  services: Services,
  actor: Actor,
  body: z.output<typeof createSurveyBodySchema>,
): Promise<Survey> {
  requireSurveyManager(actor);
  const now = services.clock();
  const id = await services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({ kind: body.kind, titleFr: body.titleFr, titleEn: body.titleEn ?? null })
      .returning({ id: surveys.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'survey.create',
        entityType: 'survey',
        entityId: row.id,
        before: null,
        after: { kind: body.kind },
      },
      now,
    );
    return row.id;
  });
  const created = await surveyById(services.database.db, id);
  if (!created) throw new NotFoundError('Survey');
  return presentSurvey(created);
}

/**
 * The questions in the order given: a listed id is updated in place, a new one added, one left out
 * retired (its answers stay in the results of the past).
 */
export async function setSurveyQuestions(
  services: Services,
  actor: Actor,
  surveyId: string,
  body: z.output<typeof surveyQuestionsBodySchema>,
): Promise<Survey> {
  requireSurveyManager(actor);
  const { db } = services.database;
  const current = await surveyById(db, surveyId);
  if (!current) throw new NotFoundError('Survey');
  const known = new Set(current.questions.map((q) => q.id));
  if (body.questions.some((q) => q.id !== undefined && !known.has(q.id)))
    throw new ValidationError('surveys.answers_mismatch', 'A question is not of this survey.');
  const now = services.clock();
  await db.transaction(async (tx) => {
    await tx
      .update(surveyQuestions)
      .set({ retired: true })
      .where(eq(surveyQuestions.surveyId, surveyId));
    for (const [position, q] of body.questions.entries()) {
      const fields = { position, textFr: q.textFr, textEn: q.textEn ?? null, retired: false };
      if (q.id) await tx.update(surveyQuestions).set(fields).where(eq(surveyQuestions.id, q.id));
      else await tx.insert(surveyQuestions).values({ surveyId, ...fields });
    }
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'survey.questions',
        entityType: 'survey',
        entityId: surveyId,
        before: { questions: current.questions.length },
        after: { questions: body.questions.length },
      },
      now,
    );
  });
  const updated = await surveyById(db, surveyId);
  if (!updated) throw new NotFoundError('Survey');
  return presentSurvey(updated);
}

export async function listSurveyChanges(services: Services, actor: Actor): Promise<SurveyChange[]> {
  requireSurveyManager(actor);
  const rows = await services.database.db
    .select()
    .from(surveyChanges)
    .orderBy(surveyChanges.publishedAt);
  return rows.reverse().map(presentChange);
}

export async function publishSurveyChange(
  services: Services,
  actor: Actor,
  body: z.output<typeof publishChangeBodySchema>,
): Promise<SurveyChange> {
  requireSurveyManager(actor);
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveyChanges)
      .values({
        textFr: body.textFr,
        textEn: body.textEn ?? null,
        publishedBy: actor.staffId,
        publishedAt: now.toISOString(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'survey_change.publish',
        entityType: 'survey_change',
        entityId: row.id,
        before: null,
        after: { english: row.textEn !== null },
      },
      now,
    );
    return presentChange(row);
  });
}
