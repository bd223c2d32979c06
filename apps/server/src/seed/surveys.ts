import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, gt, min, max } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { activitySessions, attendances } from '../db/tables/activities.js';
import { contracts, exits, followUpAssignments, participants } from '../db/tables/core.js';
import {
  surveyAnswers,
  surveyChanges,
  surveyQuestions,
  surveyResponses,
  surveys,
} from '../surveys/tables.js';
import { DAY_MS } from '../time/index.js';
import type { Random } from './random.js';
import type { SeededReference } from './reference.js';

/** The demo participant the surveys journey signs in as: a session yesterday, its survey open. */
export const SURVEY_PERSONA = 'Héron des Marais';

const SATISFACTION = [
  ['L’activité vous a plu ?', 'Did you like the activity?'],
  ['Vous avez appris quelque chose ?', 'Did you learn something?'],
  ['Vous avez envie de revenir ?', 'Would you like to come back?'],
] as const;
const SELF = [
  ['Je me sens en confiance.', 'I feel confident.'],
  ['Je me déplace facilement.', 'I get around easily.'],
  ['Je sais utiliser un téléphone ou un ordinateur.', 'I can use a phone or a computer.'],
] as const;

type Answer = { responseId: string; questionId: string; value: number };
type Response = typeof surveyResponses.$inferInsert;

async function makeSurvey(
  db: Db,
  kind: 'satisfaction' | 'self_assessment',
  title: [string, string],
  texts: readonly (readonly [string, string])[],
): Promise<string[]> {
  const [row] = await db
    .insert(surveys)
    .values({ kind, titleFr: title[0], titleEn: title[1] })
    .returning({ id: surveys.id });
  if (!row) throw new Error('no survey');
  const rows = await db
    .insert(surveyQuestions)
    .values(
      texts.map(([fr, en], position) => ({ surveyId: row.id, position, textFr: fr, textEn: en })),
    )
    .returning({ id: surveyQuestions.id, surveyId: surveyQuestions.surveyId });
  return [row.id, ...rows.map((q) => q.id)];
}

const reply = (
  responses: Response[],
  answers: Answer[],
  base: Omit<Response, 'id' | 'consent'>,
  questions: string[],
  value: (i: number) => number,
  consent: boolean,
) => {
  const id = randomUUID();
  responses.push({ ...base, id, consent });
  if (consent)
    questions.forEach((questionId, i) =>
      answers.push({ responseId: id, questionId, value: value(i) }),
    );
};

const clamp = (n: number) => Math.max(1, Math.min(4, n));

/**
 * The demo's history has no attendance: some participants are marked present at past sessions
 * (not the last week's, whose surveys are still open), and most of them said what they thought.
 */
async function satisfactionReplies(
  db: Db,
  random: Random,
  today: Date,
  recordedById: string,
  surveyId: string,
  questions: string[],
) {
  const [sessions, people] = await Promise.all([
    db
      .select({ id: activitySessions.id, startsAt: activitySessions.startsAt })
      .from(activitySessions)
      .where(
        and(
          isNull(activitySessions.cancelledAt),
          gt(activitySessions.startsAt, new Date(today.getTime() - 90 * DAY_MS).toISOString()),
          lt(activitySessions.startsAt, new Date(today.getTime() - 7 * DAY_MS).toISOString()),
        ),
      ),
    db.selectDistinct({ id: contracts.participantId }).from(contracts),
  ]);
  const responses: Response[] = [];
  const answers: Answer[] = [];
  const marks: (typeof attendances.$inferInsert)[] = [];
  const seen = new Set<string>();
  if (sessions.length === 0) return { responses, answers, marks };
  for (const person of people) {
    for (let n = random.int(0, 2); n > 0; n -= 1) {
      const session = random.pick(sessions);
      const key = `${session.id}|${person.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      marks.push({
        sessionId: session.id,
        participantId: person.id,
        clientId: randomUUID(),
        method: 'roster',
        recordedById,
        recordedAt: session.startsAt,
        status: 'present',
      });
      if (!random.chance(0.8)) continue;
      const mood = random.int(2, 4);
      const answeredAt = new Date(new Date(session.startsAt).getTime() + DAY_MS).toISOString();
      const base = {
        surveyId,
        participantId: person.id,
        moment: 'session' as const,
        sessionId: session.id,
        momentKey: `session:${session.id}`,
        kind: 'satisfaction' as const,
        answeredAt,
      };
      reply(
        responses,
        answers,
        base,
        questions,
        () => clamp(mood + random.int(-1, 0)),
        random.chance(0.9),
      );
    }
  }
  return { responses, answers, marks };
}

async function selfReplies(
  db: Db,
  random: Random,
  today: Date,
  surveyId: string,
  questions: string[],
) {
  const [signed, exited] = await Promise.all([
    db
      .select({ participantId: contracts.participantId, on: min(contracts.signedOn) })
      .from(contracts)
      .groupBy(contracts.participantId),
    db
      .select({ participantId: exits.participantId, on: max(exits.exitOn) })
      .from(exits)
      .groupBy(exits.participantId),
  ]);
  const exitOf = new Map(exited.map((e) => [e.participantId, e.on]));
  const responses: Response[] = [];
  const answers: Answer[] = [];
  const todayIso = today.toISOString().slice(0, 10);
  for (const s of signed) {
    if (s.on === null || !random.chance(0.8)) continue;
    const start = questions.map(() => random.int(1, 3));
    const at = (date: string) => `${date}T10:00:00.000Z`;
    const base = {
      surveyId,
      participantId: s.participantId,
      sessionId: null,
      kind: 'self_assessment' as const,
    };
    reply(
      responses,
      answers,
      { ...base, moment: 'entry', momentKey: 'entry', answeredAt: at(s.on) },
      questions,
      (i) => start[i] ?? 2,
      true,
    );
    const midway = new Date(new Date(`${s.on}T10:00:00Z`).getTime() + 213 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const exitOn = exitOf.get(s.participantId) ?? null;
    if (midway <= todayIso && (exitOn === null || exitOn > midway) && random.chance(0.7))
      reply(
        responses,
        answers,
        { ...base, moment: 'midway', momentKey: 'midway', answeredAt: at(midway) },
        questions,
        (i) => clamp((start[i] ?? 2) + random.int(0, 1)),
        true,
      );
    if (exitOn !== null && random.chance(0.7))
      reply(
        responses,
        answers,
        { ...base, moment: 'exit', momentKey: 'exit', answeredAt: at(exitOn) },
        questions,
        (i) => clamp((start[i] ?? 2) + random.int(0, 2)),
        true,
      );
  }
  return { responses, answers };
}

/** One of the demo référent's participants, renamed, with a session attended yesterday. */
async function surveyPersona(db: Db, reference: SeededReference, today: Date): Promise<void> {
  const referent = reference.actors.referent;
  const [followed] = await db
    .select({ id: followUpAssignments.participantId })
    .from(followUpAssignments)
    .leftJoin(exits, eq(exits.participantId, followUpAssignments.participantId))
    .where(
      and(
        eq(followUpAssignments.staffId, referent.staffId),
        isNull(followUpAssignments.endOn),
        isNull(exits.id),
      ),
    )
    .limit(1);
  const activity = reference.activityIds[0];
  if (!followed || !activity) return;
  await db
    .update(participants)
    .set({ pseudonym: SURVEY_PERSONA })
    .where(eq(participants.id, followed.id));
  const startsAt = new Date(today.getTime() - DAY_MS);
  const [session] = await db
    .insert(activitySessions)
    .values({
      activityId: activity.id,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      capacity: 12,
    })
    .returning({ id: activitySessions.id });
  if (!session) return;
  await db.insert(attendances).values({
    sessionId: session.id,
    participantId: followed.id,
    clientId: randomUUID(),
    method: 'roster',
    recordedById: referent.staffId,
    recordedAt: startsAt.toISOString(),
    status: 'present',
  });
}

/** The default surveys, a year of answers, and one change published by coordination. */
export async function seedSurveys(
  db: Db,
  reference: SeededReference,
  random: Random,
  today: Date,
): Promise<void> {
  const [satisfactionId = '', ...satisfactionQuestions] = await makeSurvey(
    db,
    'satisfaction',
    ['Votre avis sur l’activité', 'Your opinion of the activity'],
    SATISFACTION,
  );
  const [selfId = '', ...selfQuestions] = await makeSurvey(
    db,
    'self_assessment',
    ['Où j’en suis', 'Where I stand'],
    SELF,
  );
  const a = await satisfactionReplies(
    db,
    random,
    today,
    reference.actors.referent.staffId,
    satisfactionId,
    satisfactionQuestions,
  );
  for (let i = 0; i < a.marks.length; i += 1000)
    await db.insert(attendances).values(a.marks.slice(i, i + 1000));
  const b = await selfReplies(db, random, today, selfId, selfQuestions);
  const responses = [...a.responses, ...b.responses];
  const answers = [...a.answers, ...b.answers];
  for (let i = 0; i < responses.length; i += 1000)
    await db.insert(surveyResponses).values(responses.slice(i, i + 1000));
  for (let i = 0; i < answers.length; i += 1000)
    await db.insert(surveyAnswers).values(answers.slice(i, i + 1000));
  await db.insert(surveyChanges).values({
    textFr: 'Vous trouviez les ateliers trop tôt : ils commencent maintenant à 10 h.',
    textEn: 'You found the workshops too early: they now start at 10 am.',
    publishedBy: reference.actors.coordination.staffId,
    publishedAt: new Date(today.getTime() - 10 * DAY_MS).toISOString(),
  });
  await surveyPersona(db, reference, today);
}
