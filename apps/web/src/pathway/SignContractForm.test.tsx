import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { COORDINATOR, participant, PARTICIPANT_ID, REFERENT } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { SignContractForm } from './SignContractForm.js';

const SIGN = `POST /api/participants/${PARTICIPANT_ID}/contracts`;

function renderForm(handlers: Parameters<typeof fakeFetch>[0] = {}) {
  const net = fakeFetch(handlers);
  const view = renderScreen(
    <SignContractForm participant={participant()} candidates={[REFERENT, COORDINATOR]} />,
    {
      fetch: net.fetch,
      today: '2025-03-01',
    },
  );
  return { net, ...view };
}

describe('contract signature form', () => {
  it('defaults to today and a planned end 15 months later, following the signature date', async () => {
    const { user } = renderForm();
    const signedOn = screen.getByLabelText<HTMLInputElement>('Date de signature');
    const plannedEndOn = screen.getByLabelText<HTMLInputElement>('Fin prévue');
    expect(signedOn.value).toBe('2025-03-01');
    expect(plannedEndOn.value).toBe('2026-06-01');
    expect(screen.getByText('Date limite (15 mois) : 1 juin 2026')).toBeTruthy();
    await user.clear(signedOn);
    await user.type(signedOn, '2025-11-15');
    expect(plannedEndOn.value).toBe('2027-02-15');
    expect(screen.getByText('Date limite (15 mois) : 15 février 2027')).toBeTruthy();
  });

  it('pre-ticks the current référent and grows and shrinks the objective list', async () => {
    const { user } = renderForm();
    expect(screen.getByLabelText<HTMLInputElement>(REFERENT.displayName).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(COORDINATOR.displayName).checked).toBe(false);
    await user.type(screen.getByLabelText('Objectif 1'), 'Passer le permis');
    expect(screen.queryByRole('button', { name: "Retirer l'objectif 1" })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ajouter un objectif' }));
    await user.type(screen.getByLabelText('Objectif 2'), 'Découvrir la menuiserie');
    await user.click(screen.getByRole('button', { name: "Retirer l'objectif 1" }));
    expect(screen.getByLabelText<HTMLInputElement>('Objectif 1').value).toBe(
      'Découvrir la menuiserie',
    );
    expect(screen.queryByLabelText('Objectif 2')).toBeNull();
  });

  it('refuses an empty objective, no co-signer, no participant signature, and an end past 15 months', async () => {
    const { user, net } = renderForm();
    await user.click(screen.getByLabelText(REFERENT.displayName));
    const plannedEndOn = screen.getByLabelText('Fin prévue');
    await user.clear(plannedEndOn);
    await user.type(plannedEndOn, '2026-06-02');
    await user.click(screen.getByRole('button', { name: 'Signer le contrat' }));
    expect(
      await screen.findByText('Le parcours doit finir dans les 15 mois après la signature.'),
    ).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByText('Cette case doit être cochée.')).toBeTruthy();
    expect(screen.getAllByText("Cochez au moins une personne de l'équipe.").length).toBeGreaterThan(
      1,
    );
    expect(net.requests).toEqual([]);
  });

  it('sends the contract with the version and shows contract.too_long from the server on the end date', async () => {
    const { user, net } = renderForm({ [SIGN]: apiError(422, 'contract.too_long') });
    await user.click(screen.getByLabelText('Signé par le participant'));
    await user.type(screen.getByLabelText('Objectif 1'), 'Passer le permis');
    await user.click(screen.getByRole('button', { name: 'Signer le contrat' }));
    expect(
      await screen.findByText('Le parcours doit finir dans les 15 mois après la signature.'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Fin prévue').getAttribute('aria-invalid')).toBe('true');
    expect(net.requests[0]?.body).toEqual({
      version: 3,
      signedOn: '2025-03-01',
      plannedEndOn: '2026-06-01',
      coSigners: { participant: true, staffIds: [REFERENT.id] },
      objectives: ['Passer le permis'],
    });
  });
});
