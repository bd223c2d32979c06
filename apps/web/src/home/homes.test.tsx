import type { SessionUser } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateParticipantPage } from '../participants/CreateParticipantPage.js';
import { RequireCapability } from '../layout/RequireCapability.js';
import { StaffHome } from '../layout/nav.js';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { homeOf } from './homes.js';

const ORG = '11111111-1111-4111-8111-111111111111';
const nothing: SessionUser['can'] = {
  followParticipants: false,
  manageActivitiesAt: [],
  organisationFeedsAt: [],
  handleTransfers: false,
  createParticipants: false,
  takeAttendanceAt: [],
  overseeProgramme: false,
  readIndicators: false,
  readWeek: false,
  runAccounts: false,
  administerAccountsAt: [],
  grantableRoles: [],
  manageOrganisations: false,
};
const userWith = (can: Partial<SessionUser['can']>): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'x@example.org',
  displayName: 'X',
  memberships: [],
  can: { ...nothing, ...can },
});

describe('each role lands on its own home, from the server’s capabilities', () => {
  it.each([
    ['coordination', { overseeProgramme: true, followParticipants: true }, '/programme'],
    [
      'référent',
      { followParticipants: true, createParticipants: true, takeAttendanceAt: [ORG] },
      '/participants?referentId=00000000-0000-4000-8000-000000000001',
    ],
    ['partner staff', { takeAttendanceAt: [ORG], manageActivitiesAt: [ORG] }, '/semaine'],
    ['evaluator, funder', { readIndicators: true }, '/indicateurs'],
    ['no capability at all', {}, '/accueil'],
  ] satisfies [string, Partial<SessionUser['can']>, string][])('%s', (_, can, home) => {
    expect(homeOf(userWith(can))).toBe(home);
  });

  it('someone with no capability signed in reaches the page of what they may see, not a refusal', async () => {
    const net = fakeFetch({
      'GET /api/auth/me': { body: { user: userWith({}), csrfToken: 'tok' } },
    });
    const { router } = renderScreen(<StaffHome />, {
      fetch: net.fetch,
      others: { '/accueil': <p>ce que vous pouvez voir</p> },
    });
    expect(await screen.findByText('ce que vous pouvez voir')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/accueil');
  });

  it('partner staff are not offered the participant form at all', async () => {
    const net = fakeFetch({
      'GET /api/auth/me': { body: { user: userWith({ takeAttendanceAt: [ORG] }), csrfToken: 't' } },
    });
    renderScreen(
      <RequireCapability capability="createParticipants">
        <CreateParticipantPage />
      </RequireCapability>,
      { fetch: net.fetch },
    );
    expect(
      await screen.findByRole('heading', { name: "Cet écran n'est pas pour votre rôle" }),
    ).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
