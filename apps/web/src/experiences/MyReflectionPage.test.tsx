import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { REFLECTION_ID, reflection } from './fixtures.js';
import { MyReflectionPage } from './MyReflectionPage.js';

const PATH = `/moi/reflexions/${REFLECTION_ID}`;
const API = `/api/me/reflections/${REFLECTION_ID}`;
const render = (net: ReturnType<typeof fakeFetch>) =>
  renderScreen(<MyReflectionPage />, {
    fetch: net.fetch,
    path: PATH,
    pattern: '/moi/reflexions/:id',
  });

/** A stand-in for the browser's speech recognition: says one sentence when started. */
class FakeRecognition {
  lang = '';
  continuous = true;
  interimResults = true;
  onresult: ((event: { results: { transcript: string }[][] }) => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  static lastLang = '';
  start() {
    FakeRecognition.lastLang = this.lang;
    this.onresult?.({ results: [[{ transcript: 'j’ai aimé le bois' }]] });
    this.onend?.();
  }
  stop() {
    this.onend?.();
  }
}

afterEach(() => {
  delete (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
});

describe('my reflexivity time (participant)', () => {
  it('shows four big questions and sends my part with the version', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: reflection() },
      [`PUT ${API}`]: { body: reflection({ version: 3, felt: 'Content' }) },
    });
    const { user } = render(net);
    const did = await screen.findByLabelText(/Ce que j’ai fait/, { selector: 'textarea' });
    expect((did as HTMLTextAreaElement).value).toBe('Une boîte.');
    for (const label of [/Ce que j’ai appris/, /Ce que j’ai ressenti/, /Ce que je veux ensuite/])
      expect(screen.getByLabelText(label, { selector: 'textarea' })).toBeTruthy();
    expect(screen.getByText('Question 4 sur 4')).toBeTruthy();
    // The référent's comment is shown to the person it is about.
    expect(screen.getByText('Belle persévérance.')).toBeTruthy();
    // No speech recognition in this browser: no microphone.
    expect(screen.queryByRole('button', { name: /Dicter/ })).toBeNull();
    await user.type(
      screen.getByLabelText(/Ce que j’ai ressenti/, { selector: 'textarea' }),
      'Content',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma part' }));
    expect(await screen.findByText('Votre part est enregistrée. Merci !')).toBeTruthy();
    expect(net.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      version: 2,
      did: 'Une boîte.',
      learned: '',
      felt: 'Content',
      next: '',
    });
  });

  it('dictates in French into the field of the microphone pressed, after what is written', async () => {
    (window as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition = FakeRecognition;
    const net = fakeFetch({ [`GET ${API}`]: { body: reflection() } });
    const { user } = render(net);
    const did = await screen.findByLabelText<HTMLTextAreaElement>(/Ce que j’ai fait/, {
      selector: 'textarea',
    });
    const buttons = screen.getAllByRole('button', { name: /^Dicter/ });
    expect(buttons).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Dicter : Ce que j’ai fait' }));
    expect(did.value).toBe('Une boîte. j’ai aimé le bois');
    expect(FakeRecognition.lastLang).toBe('fr-FR');
    await user.click(screen.getByRole('button', { name: 'Dicter : Ce que j’ai appris' }));
    expect(
      screen.getByLabelText<HTMLTextAreaElement>(/Ce que j’ai appris/, { selector: 'textarea' })
        .value,
    ).toBe('j’ai aimé le bois');
  });

  it('offers to reload when the référent changed it meanwhile', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: reflection() },
      [`PUT ${API}`]: apiError(409, 'resource.stale_version'),
    });
    const { user } = render(net);
    await user.click(await screen.findByRole('button', { name: 'Enregistrer ma part' }));
    await user.click(await screen.findByRole('button', { name: 'Recharger le dossier' }));
    await expect.poll(() => net.requests.filter((r) => r.method === 'GET').length).toBe(2);
  });

  it('says so when the reflexivity time is not mine', async () => {
    const net = fakeFetch({ [`GET ${API}`]: apiError(404, 'resource.not_found') });
    render(net);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
