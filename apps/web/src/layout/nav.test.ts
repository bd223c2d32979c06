import type { SessionUser } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import { visibleLinks } from './nav.js';

const user = (can: Partial<SessionUser['can']>): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000100',
  email: 'c@example.org',
  displayName: 'Camille',
  // Roles are left out on purpose: the menu follows the session's `can` alone.
  memberships: [],
  can: {
    followParticipants: false,
    manageActivitiesAt: [],
    organisationFeedsAt: [],
    handleTransfers: false,
    readWeek: false,
    createParticipants: false,
    takeAttendanceAt: [],
    overseeProgramme: false,
    readIndicators: false,
    runAccounts: false,
    administerAccountsAt: [],
    grantableRoles: [],
    manageOrganisations: false,
    ...can,
  },
});

const links = (can: Partial<SessionUser['can']>) => visibleLinks(user(can)).map((l) => l.to);

describe('staff menu', () => {
  it('shows the week where the session says the person reads it (can.readWeek)', () => {
    expect(links({ readWeek: true })).toContain('/semaine');
    expect(links({ readWeek: false })).not.toContain('/semaine');
  });

  it('shows the participant screens and the transfer desk from their capabilities', () => {
    expect(links({ followParticipants: true })).toEqual(
      expect.arrayContaining(['/participants', '/alertes']),
    );
    expect(links({})).not.toContain('/participants');
    expect(links({ handleTransfers: true })).toContain('/transferts');
  });
});
