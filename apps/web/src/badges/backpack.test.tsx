import type { Award } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { linkedInUrl } from './BadgeDownloads.js';
import { ObjectivesNotice } from './ObjectivesNotice.js';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${String(n)}`;

describe('my objectives on /moi', () => {
  it('counts the objectives reached, in words, and names the badge that proves one', async () => {
    const net = fakeFetch({
      'GET /api/me/objectives': {
        body: {
          reached: 1,
          total: 2,
          objectives: [
            {
              id: id(1),
              text: 'Arriver à l’heure',
              reached: true,
              badges: [{ awardId: id(3), name: 'Ponctualité', status: 'accepted' }],
            },
            { id: id(2), text: 'Découvrir un métier', reached: false, badges: [] },
          ],
        },
      },
    });
    renderScreen(<ObjectivesNotice />, { fetch: net.fetch, path: '/moi' });
    expect(await screen.findByText('1 objectif atteint sur 2')).toBeTruthy();
    const [first, second] = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(first).toContain('Arriver à l’heure (Atteint)Prouvé par : Ponctualité');
    expect(second).toContain('Découvrir un métier (Pas encore)');
  });
});

describe('the LinkedIn link', () => {
  it('fills LinkedIn’s certification form with the badge, its issuer and the share link', () => {
    const award = {
      achievement: { name: 'Ponctualité', issuerName: 'E2C Normandie' },
      acceptedAt: '2026-03-15T10:00:00.000Z',
    } as Award;
    const url = new URL(linkedInUrl(award, 'https://territoires.example/partage/abc'));
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Ponctualité',
      organizationName: 'E2C Normandie',
      certUrl: 'https://territoires.example/partage/abc',
      issueYear: '2026',
      issueMonth: '3',
    });
  });
});
