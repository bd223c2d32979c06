import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { CreateParticipantPage } from './CreateParticipantPage.js';

describe('participant creation form', () => {
  it('shows the zod errors in French and sends nothing', async () => {
    const net = fakeFetch({});
    const { user } = renderScreen(<CreateParticipantPage />, {
      fetch: net.fetch,
      path: '/participants/nouveau',
    });
    await user.type(screen.getByLabelText('Pseudonyme'), 'L');
    await user.click(screen.getByRole('button', { name: 'Créer le participant' }));
    expect(await screen.findByText('Au moins 2 caractères.')).toBeTruthy();
    expect(screen.getAllByText('Choisissez une option.')).toHaveLength(2);
    expect(net.requests).toEqual([]);
  });

  it('creates a participant in discovery and opens their file', async () => {
    const net = fakeFetch({ 'POST /api/participants': { status: 201, body: participant() } });
    const { user, router } = renderScreen(<CreateParticipantPage />, {
      fetch: net.fetch,
      path: '/participants/nouveau',
      others: { '/participants/:id': <p>dossier</p> },
    });
    await user.type(screen.getByLabelText('Pseudonyme'), '  Lulu ');
    await user.selectOptions(
      screen.getByLabelText('Comment nous avons rencontré la personne'),
      'Mission locale',
    );
    await user.selectOptions(screen.getByLabelText('Territoire'), 'Caen – Chemin Vert');
    await user.click(screen.getByRole('button', { name: 'Créer le participant' }));
    expect(await screen.findByText('dossier')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/participants/${PARTICIPANT_ID}`);
    expect(net.requests[0]?.body).toEqual({
      pseudonym: 'Lulu',
      referralSource: 'mission_locale',
      territory: 'caen_chemin_vert',
      phase: 'discovery',
    });
    expect(net.requests[0]?.headers['x-csrf-token']).toBe('csrf-test');
  });

  it('puts server field errors on their fields', async () => {
    const net = fakeFetch({
      'POST /api/participants': apiError(409, 'resource.already_exists', [
        { path: 'pseudonym', code: 'resource.already_exists', message: 'exists' },
      ]),
    });
    const { user } = renderScreen(<CreateParticipantPage />, {
      fetch: net.fetch,
      path: '/participants/nouveau',
    });
    await user.type(screen.getByLabelText('Pseudonyme'), 'Lulu');
    await user.selectOptions(
      screen.getByLabelText('Comment nous avons rencontré la personne'),
      'Mission locale',
    );
    await user.selectOptions(screen.getByLabelText('Territoire'), 'Colombelles');
    await user.type(screen.getByLabelText(/Contact/), '06 00 00 00 00');
    await user.click(screen.getByRole('button', { name: 'Créer le participant' }));
    expect(await screen.findByText('Cela existe déjà.')).toBeTruthy();
    expect(screen.getByLabelText('Pseudonyme').getAttribute('aria-invalid')).toBe('true');
    expect(net.requests[0]?.body).toMatchObject({ contact: '06 00 00 00 00' });
  });
});
