import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { ExitForm } from './ExitForm.js';

describe('exit form', () => {
  it('previews the category from the situation and the job contract length', async () => {
    const net = fakeFetch({});
    const { user } = renderScreen(
      <ExitForm participant={participant({ phase: 'accompaniment' })} />,
      { fetch: net.fetch },
    );
    expect(screen.queryByText('Catégorie de sortie :')).toBeNull();
    expect(screen.queryByLabelText('Durée du contrat de travail (mois)')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Situation'), 'CDD');
    const months = screen.getByLabelText('Durée du contrat de travail (mois)');
    expect(screen.getByText('Emploi de transition')).toBeTruthy();
    await user.type(months, '8');
    expect(screen.getByText('Emploi durable')).toBeTruthy();
    await user.clear(months);
    await user.type(months, '3');
    expect(screen.getByText('Emploi de transition')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Situation'), 'Service civique');
    expect(screen.queryByLabelText('Durée du contrat de travail (mois)')).toBeNull();
    expect(screen.getByText('Bénévolat ou engagement civique')).toBeTruthy();
  });

  it('requires the length for a CDD and sends the exit with the version', async () => {
    const net = fakeFetch({
      [`POST /api/participants/${PARTICIPANT_ID}/exit`]: {
        status: 201,
        body: participant({ phase: 'exit', version: 4 }),
      },
    });
    const { user } = renderScreen(
      <ExitForm participant={participant({ phase: 'accompaniment' })} />,
      {
        fetch: net.fetch,
        today: '2025-09-30',
      },
    );
    await user.selectOptions(screen.getByLabelText('Situation'), 'Intérim');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    expect(await screen.findByText('Indiquez la durée du contrat de travail.')).toBeTruthy();
    expect(net.requests).toEqual([]);
    await user.type(screen.getByLabelText('Durée du contrat de travail (mois)'), '6');
    await user.click(screen.getByRole('button', { name: 'Enregistrer la sortie' }));
    await screen.findByRole('button', { name: 'Enregistrer la sortie' });
    await expect.poll(() => net.requests.length).toBe(1);
    expect(net.requests[0]?.body).toEqual({
      version: 3,
      exitOn: '2025-09-30',
      situation: 'interim',
      contractMonths: 6,
    });
  });
});
