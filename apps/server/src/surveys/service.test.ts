import type { Survey } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, type World } from '../test-support/world.js';
import { currentSurveys } from './repository.js';

const ctx = useTestApp();
let world: World;
let coordination: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  coordination = await loginAs(ctx.app, world.staff.coordination);
});

describe('coordination writes the surveys', () => {
  it('creates a survey, writes its questions in order, retires one left out; the newest is offered', async () => {
    const created = await coordination.request({
      method: 'POST',
      url: '/api/surveys',
      payload: { kind: 'self_assessment', titleFr: 'Où j’en suis', titleEn: '' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const survey = created.json<Survey>();
    expect(survey).toMatchObject({ titleEn: null, active: true, questions: [] });
    const url = `/api/surveys/${survey.id}/questions`;
    const first = await coordination.request({
      method: 'PUT',
      url,
      payload: { questions: [{ textFr: 'Confiance' }, { textFr: 'Mobilité', textEn: 'Mobility' }] },
    });
    const [a, b] = first.json<Survey>().questions;
    expect(first.json<Survey>().questions.map((q) => q.textEn)).toEqual([null, 'Mobility']);
    const second = await coordination.request({
      method: 'PUT',
      url,
      payload: { questions: [{ id: b?.id, textFr: 'Je me déplace' }, { textFr: 'Numérique' }] },
    });
    const texts = second.json<Survey>().questions.map((q) => [q.id === b?.id, q.textFr]);
    expect(texts).toEqual([
      [true, 'Je me déplace'],
      [false, 'Numérique'],
    ]);
    expect(second.json<Survey>().questions.some((q) => q.id === a?.id)).toBe(false);
    const current = await currentSurveys(ctx.database.db);
    expect(current.self_assessment?.survey.id).toBe(survey.id);
  });

  it('refuses a question of another survey, and empty texts', async () => {
    const other = (
      await coordination.request({
        method: 'POST',
        url: '/api/surveys',
        payload: { kind: 'satisfaction', titleFr: 'Autre' },
      })
    ).json<Survey>();
    const res = await coordination.request({
      method: 'PUT',
      url: `/api/surveys/${other.id}/questions`,
      payload: { questions: [{ id: '00000000-0000-4000-8000-000000000000', textFr: 'X' }] },
    });
    expect(res.statusCode).toBe(400);
    const empty = await coordination.request({
      method: 'PUT',
      url: `/api/surveys/${other.id}/questions`,
      payload: { questions: [{ textFr: '  ' }] },
    });
    expect(empty.statusCode).toBe(400);
  });
});
