import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { SurveyPage } from './SurveyPage.js';

const SURVEY = '00000000-0000-4000-8000-000000000a01';
const SESSION = '00000000-0000-4000-8000-000000000a02';
const Q = ['00000000-0000-4000-8000-000000000a11', '00000000-0000-4000-8000-000000000a12'];
const due = {
  surveyId: SURVEY,
  kind: 'satisfaction',
  moment: 'session',
  sessionId: SESSION,
  activityName: 'Atelier vélo',
  titleFr: 'Votre avis',
  titleEn: null,
  questions: [
    { id: Q[0], textFr: 'L’atelier vous a plu ?', textEn: null },
    { id: Q[1], textFr: 'Vous avez appris des choses ?', textEn: null },
  ],
};
const url = `POST /api/me/surveys/${SURVEY}/responses`;

describe('/moi/avis', () => {
  it('asks for consent, then one question per screen, answers by tapping, and thanks', async () => {
    const net = fakeFetch({
      'GET /api/me/surveys': { body: [due] },
      [url]: { status: 201, body: { ok: true } },
    });
    const { user } = renderScreen(<SurveyPage />, { fetch: net.fetch, path: '/moi/avis' });
    expect(await screen.findByRole('heading', { name: 'Votre avis compte' })).toBeTruthy();
    expect(screen.getByText('À propos de : Atelier vélo')).toBeTruthy();
    // jsdom has no speech synthesis: no read-aloud button.
    expect(screen.queryByRole('button', { name: /Lire à voix haute/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /D’accord, je réponds/ }));
    expect(screen.getByRole('heading', { name: 'L’atelier vous a plu ?' })).toBeTruthy();
    expect(screen.queryByText('Vous avez appris des choses ?')).toBeNull();
    expect(screen.getByLabelText('Question 1 sur 2').textContent).toBe('1 / 2');
    await user.click(screen.getByRole('button', { name: /Tout à fait/ }));
    expect(screen.getByRole('heading', { name: 'Vous avez appris des choses ?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Un peu/ }));
    expect(await screen.findByRole('heading', { name: 'Merci pour votre avis !' })).toBeTruthy();
    const sent = net.requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      moment: 'session',
      sessionId: SESSION,
      consent: true,
      answers: [
        { questionId: Q[0], value: 4 },
        { questionId: Q[1], value: 2 },
      ],
    });
  });

  it('"Non merci" sends the refusal without answers', async () => {
    const net = fakeFetch({
      'GET /api/me/surveys': { body: [due] },
      [url]: { status: 201, body: { ok: true } },
    });
    const { user } = renderScreen(<SurveyPage />, { fetch: net.fetch, path: '/moi/avis' });
    await user.click(await screen.findByRole('button', { name: 'Non merci' }));
    expect(await screen.findByRole('heading', { name: 'C’est noté. Merci !' })).toBeTruthy();
    expect(net.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      consent: false,
      answers: [],
    });
  });
});
