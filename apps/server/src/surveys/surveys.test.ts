import type { DueSurvey, SurveyResults } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { auditEvents } from '../db/schema.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { answerMySurvey } from './answers.js';
import { surveyAnswers, surveyResponses } from './tables.js';
import { attend, makeSurvey, type MadeSurvey } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;
let coordination: Client;
let satisfaction: MadeSurvey;
let selfAssessment: MadeSurvey;
let session: { id: string; organisationId: string };
const DAY = 86_400_000;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  coordination = await loginAs(ctx.app, world.staff.coordination);
  satisfaction = await makeSurvey(ctx.services, 'satisfaction');
  selfAssessment = await makeSurvey(ctx.services, 'self_assessment', ['Confiance', 'Mobilité']);
  session = await makeOpenSession(ctx.database.db, {
    organisationId: world.partner,
    startsAt: new Date(TEST_NOW.getTime() - 2 * DAY),
  });
});

async function attendee(status: 'present' | 'late' | 'absent' = 'present') {
  const p = await followedParticipant(ctx.services, world, 'contract');
  await attend(ctx.services, {
    sessionId: session.id,
    participantId: p.id,
    recordedById: world.staff.partner_staff.staffId,
    status,
  });
  return p;
}

const answerAll = (s: MadeSurvey, value: number) =>
  s.questionIds.map((questionId) => ({ questionId, value }));

describe('the participant side', () => {
  it('offers satisfaction after an attended session and entry after the contract; answers once', async () => {
    const p = await attendee('late');
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const due = (await me.request({ method: 'GET', url: '/api/me/surveys' })).json<DueSurvey[]>();
    expect(due.map((d) => [d.kind, d.moment, d.sessionId])).toEqual([
      ['satisfaction', 'session', session.id],
      ['self_assessment', 'entry', null],
    ]);
    expect(due[0]?.questions).toHaveLength(3);
    const url = `/api/me/surveys/${satisfaction.id}/responses`;
    const body = { moment: 'session', sessionId: session.id, consent: true };
    const wrong = await me.request({ method: 'POST', url, payload: { ...body, answers: [] } });
    expect(wrong.json()).toMatchObject({ error: { code: 'surveys.answers_mismatch' } });
    const res = await me.request({
      method: 'POST',
      url,
      payload: { ...body, answers: answerAll(satisfaction, 4) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const again = await me.request({
      method: 'POST',
      url,
      payload: { ...body, answers: answerAll(satisfaction, 4) },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'surveys.not_due' } });
    const left = (await me.request({ method: 'GET', url: '/api/me/surveys' })).json<DueSurvey[]>();
    expect(left.map((d) => d.moment)).toEqual(['entry']);
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'survey.answer'));
    expect(JSON.stringify(audit)).not.toContain('"value"');
  });

  it('"Non merci" records the refusal, no answer, and the survey is not offered again', async () => {
    const p = await attendee();
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const res = await me.request({
      method: 'POST',
      url: `/api/me/surveys/${selfAssessment.id}/responses`,
      payload: { moment: 'entry', consent: false, answers: answerAll(selfAssessment, 2) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [reply] = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.participantId, p.id));
    expect(reply?.consent).toBe(false);
    const kept = await ctx.database.db
      .select()
      .from(surveyAnswers)
      .where(eq(surveyAnswers.responseId, reply?.id ?? ''));
    expect(kept).toEqual([]);
    const due = (await me.request({ method: 'GET', url: '/api/me/surveys' })).json<DueSurvey[]>();
    expect(due.map((d) => d.moment)).toEqual(['session']);
  });

  it('nothing after an absence, nor for a survey that is not due', async () => {
    const p = await attendee('absent');
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const due = (await me.request({ method: 'GET', url: '/api/me/surveys' })).json<DueSurvey[]>();
    expect(due.map((d) => d.moment)).toEqual(['entry']);
    const res = await me.request({
      method: 'POST',
      url: `/api/me/surveys/${satisfaction.id}/responses`,
      payload: { moment: 'session', sessionId: session.id, consent: false, answers: [] },
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('results and changes', () => {
  it('aggregates over distinct participants, masked under 5', async () => {
    const results = async () =>
      (
        await coordination.request({
          method: 'GET',
          url: '/api/surveys/results?from=2026-03-01&to=2026-03-31',
        })
      ).json<SurveyResults>();
    const before = await results();
    expect(before.satisfactionByKind).toEqual([{ kind: 'fablab', people: null, mean: null }]);
    for (let i = 0; i < 4; i += 1) {
      const p = await attendee();
      await answerMySurvey(ctx.services, { participantId: p.id, pseudonym: 'x' }, satisfaction.id, {
        moment: 'session',
        sessionId: session.id,
        consent: true,
        answers: answerAll(satisfaction, 2),
      });
    }
    const after = await results();
    // One person answered 4 everywhere, four answered 2: five people, mean 2.4.
    expect(after.satisfactionByKind).toEqual([{ kind: 'fablab', people: 5, mean: 2.4 }]);
    expect(after.satisfactionByPartner[0]).toMatchObject({ people: 5, mean: 2.4 });
    expect(after.selfAssessment.every((q) => q.entry.mean === null)).toBe(true);
  });

  it('coordination publishes a change; participants read it', async () => {
    const res = await coordination.request({
      method: 'POST',
      url: '/api/survey-changes',
      payload: { textFr: 'Les ateliers commencent à 10 h.', textEn: 'Workshops start at 10.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = await attendee();
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const changes = await me.request({ method: 'GET', url: '/api/me/survey-changes' });
    expect(changes.json()).toEqual([
      expect.objectContaining({ textFr: 'Les ateliers commencent à 10 h.' }),
    ]);
  });
});
