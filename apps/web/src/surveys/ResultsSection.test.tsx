import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { SurveyResultsSection } from './ResultsSection.js';

const ORG = '00000000-0000-4000-8000-000000000c01';
const Q = '00000000-0000-4000-8000-000000000c11';

describe('the dashboard section on the surveys', () => {
  it('shows means per kind, partner and moment, masked cells as a word, and the change', async () => {
    const net = fakeFetch({
      'GET /api/surveys/results': {
        body: {
          satisfactionByKind: [
            { kind: 'fablab', people: 12, mean: 3.25 },
            { kind: 'sport', people: null, mean: null },
          ],
          satisfactionByPartner: [{ organisationId: ORG, name: 'Le WIP', people: 8, mean: 3 }],
          selfAssessment: [
            {
              questionId: Q,
              textFr: 'Je me sens en confiance.',
              textEn: null,
              entry: { people: 20, mean: 2 },
              midway: { people: null, mean: null },
              exit: { people: 9, mean: 2.75 },
            },
          ],
        },
      },
    });
    renderScreen(<SurveyResultsSection from="2026-01-01" to="2026-12-31" />, {
      fetch: net.fetch,
      path: '/indicateurs',
    });
    const byKind = await screen.findByRole('table', { name: 'Satisfaction par type d’activité' });
    expect(within(byKind).getByRole('row', { name: /Fablab 12 3,25/ })).toBeTruthy();
    expect(within(byKind).getByRole('row', { name: /masqué masqué/ })).toBeTruthy();
    const self = screen.getByRole('table', { name: /Auto-évaluation/ });
    expect(
      within(self).getByRole('row', { name: /confiance\. 2 masqué 2,75 \+0,75/ }),
    ).toBeTruthy();
    expect(net.requests[0]?.url).toContain('from=2026-01-01');
  });
});
