import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { EditParticipantForm } from './EditParticipantForm.js';

describe('edit participant form', () => {
  it('sends the changed details with the version, an emptied contact as null', async () => {
    const net = fakeFetch({
      [`PATCH /api/participants/${PARTICIPANT_ID}`]: {
        status: 200,
        body: participant({ pseudonym: 'Mistral', version: 4 }),
      },
    });
    const { user } = renderScreen(
      <EditParticipantForm participant={participant({ contact: '06 00 00 00 00' })} />,
      {
        fetch: net.fetch,
      },
    );
    await user.click(screen.getByText('Modifier les informations'));
    const pseudonym = screen.getByLabelText('Pseudonyme');
    await user.clear(pseudonym);
    await user.type(pseudonym, 'Mistral');
    await user.clear(screen.getByLabelText(/^Contact/));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await expect.poll(() => net.requests.length).toBe(1);
    expect(net.requests[0]?.body).toMatchObject({
      pseudonym: 'Mistral',
      contact: null,
      version: 3,
    });
  });

  it('offers to reload after a stale version', async () => {
    const net = fakeFetch({
      [`PATCH /api/participants/${PARTICIPANT_ID}`]: apiError(409, 'resource.stale_version'),
    });
    const { user } = renderScreen(<EditParticipantForm participant={participant()} />, {
      fetch: net.fetch,
    });
    await user.click(screen.getByText('Modifier les informations'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText("Quelqu'un a modifié ce dossier entre-temps.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger le dossier' })).toBeTruthy();
  });
});
