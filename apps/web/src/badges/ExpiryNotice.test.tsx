import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { ExpiryNotice } from './ExpiryNotice.js';

const AWARD_ID = '00000000-0000-4000-8000-000000000b01';

describe('the expiry notice on /moi', () => {
  it('names the badge that ends and when, with a link to it', async () => {
    const net = fakeFetch({
      'GET /api/me/awards/expiring': {
        body: [{ awardId: AWARD_ID, name: 'Ponctualité', validUntil: '2026-09-15T10:00:00.000Z' }],
      },
    });
    renderScreen(<ExpiryNotice />, { fetch: net.fetch, path: '/moi' });
    expect(await screen.findByRole('heading', { name: /Un badge arrive à sa fin/ })).toBeTruthy();
    const link = screen.getByRole('link', {
      name: 'Ponctualité : valable jusqu’au 15 septembre 2026',
    });
    expect(link.getAttribute('href')).toBe(`/moi/badges/${AWARD_ID}`);
  });

  it('says nothing when nothing ends', async () => {
    const net = fakeFetch({ 'GET /api/me/awards/expiring': { body: [] } });
    const { container } = renderScreen(<ExpiryNotice />, { fetch: net.fetch, path: '/moi' });
    await Promise.resolve();
    expect(container.textContent).toBe('');
  });
});
