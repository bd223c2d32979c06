import type { IndicatorsResponse, MaskedFigures, SessionUser } from '@territoires/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { IndicatorsPage } from './IndicatorsPage.js';

const figures = (entries: number | null): MaskedFigures => ({
  entries,
  reentries: 0,
  discovery: { created: 12, signedBy: 8 },
  funnel: { discovery: 10, exit: 6 },
  exits: {
    employment_lasting: 6,
    employment_transition: null,
    training: 0,
    volunteering_civic: 0,
    other: 0,
    dropped_out: 0,
  },
  dynamicExits: 9,
  civicExits: 0,
  compliance: { exitsAfterContract: 9, withinFifteenMonths: 9, activePastFifteenMonths: 0 },
  durations: { contactToContractDays: 41.5, contactToContractPeople: 10, contractToExitDays: null },
});

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const report: IndicatorsResponse = {
  from: '2025-01-01',
  to: '2025-12-31',
  territory: null,
  organisation: null,
  masked: true,
  programme: {
    start: '2020-11-01',
    months: 36,
    end: '2023-10-31',
    engaged: 250,
    engagedTarget: 500,
    dynamicExits: null,
    dynamicExitsTarget: 300,
  },
  figures: figures(14),
  progress: [
    { month: '2020-11', engaged: 0, dynamicExits: 0 },
    { month: '2020-12', engaged: null, dynamicExits: 0 },
    { month: '2021-01', engaged: 9, dynamicExits: 0 },
  ],
  breakdowns: [
    {
      dimension: 'territory',
      rows: [
        { key: 'rural_vallees_orne_odon', label: null, figures: figures(null) },
        { key: 'colombelles', label: null, figures: figures(null) },
      ],
    },
    { dimension: 'sex', rows: [{ key: 'not_recorded', label: null, figures: figures(14) }] },
  ],
  attendance: {
    partners: {
      total: { participants: 23, presences: 80 },
      rows: [
        { key: ORG, label: 'Maison des Jeunes', figures: { participants: 20, presences: 70 } },
        { key: OTHER, label: 'Le Jardin', figures: { participants: null, presences: null } },
      ],
    },
    thematiques: {
      total: { participants: 23, presences: 80 },
      rows: [
        { key: 'numerique', label: null, figures: { participants: 23, presences: 80 } },
        { key: 'not_recorded', label: null, figures: { participants: 0, presences: 0 } },
      ],
    },
  },
  badges: {
    issuers: {
      total: { offered: 12, accepted: 9, shared: null, endorsed: 0 },
      rows: [
        {
          key: ORG,
          label: 'Maison des Jeunes',
          figures: { offered: 12, accepted: 9, shared: null, endorsed: 0 },
        },
      ],
    },
  },
  can: { exportParticipants: true },
};

const user = { can: { readIndicators: true } } as unknown as SessionUser;

describe('the indicators dashboard', () => {
  it('shows the targets, the figures with their definitions, each breakdown as a table, masked cells as words', async () => {
    const net = fakeFetch({
      'GET /api/auth/me': { body: { user, csrfToken: 't' } },
      'GET /api/indicators': { body: report },
    });
    renderScreen(<IndicatorsPage />, { fetch: net.fetch });
    expect(await screen.findByRole('heading', { name: /Objectifs du programme/ })).toBeTruthy();
    expect(screen.getByText('Les effectifs de moins de 5 personnes sont masqués.')).toBeTruthy();
    const entries = screen.getByRole('link', { name: 'Entrées' });
    expect(entries.getAttribute('href')).toBe('#definition-entries');
    expect(document.getElementById('definition-entries')).not.toBeNull();
    const territory = screen.getByRole('table', { name: 'Territoire' });
    const rural = within(territory).getByRole('row', { name: /Vallées de l/ });
    expect(within(rural).getAllByText('moins de 5').length).toBeGreaterThan(0);
    const sex = screen.getByRole('table', { name: 'Sexe' });
    expect(within(sex).getByText('Non renseigné ou sans accord')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rapport (XLSX)' }).getAttribute('href')).toContain(
      '/api/indicators/export?from=',
    );
    const months = screen.getByRole('table', { name: /mois par mois/ });
    expect(within(months).getByRole('row', { name: /2020-12/ }).textContent).toContain(
      'moins de 5',
    );
    expect(screen.getByRole('table', { name: /personnes rencontrées/ }).textContent).toContain(
      'Découverte10',
    );
    const partners = screen.getByRole('table', { name: 'Présences par partenaire' });
    expect(within(partners).getByRole('row', { name: /Le Jardin/ }).textContent).toContain(
      'moins de 5',
    );
    expect(within(partners).getByRole('row', { name: /Maison des Jeunes/ }).textContent).toBe(
      'Maison des Jeunes2070',
    );
    const themes = screen.getByRole('table', { name: 'Présences par thème' });
    expect(within(themes).getByText('Sans thème')).toBeTruthy();
    const issuers = screen.getByRole('table', { name: 'Badges par structure' });
    expect(within(issuers).getByRole('columnheader', { name: 'Partagés' })).toBeTruthy();
    expect(document.getElementById('definition-badges')).not.toBeNull();
    expect(net.requests.some((r) => r.url.startsWith('/api/indicators?from='))).toBe(true);
  });
});
