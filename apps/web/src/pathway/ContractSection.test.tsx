import type { StaffMember } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { COORDINATOR, ORG_ID, participant, REFERENT } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { ContractSection } from './ContractSection.js';

// A référent of the organisation by role, whom the server says may not co-sign: the screen follows
// the server's flag, not a list of roles of its own.
const NOT_A_CO_SIGNER: StaffMember = {
  id: '00000000-0000-4000-8000-000000000102',
  displayName: 'Lou Animatrice',
  email: null,
  roles: [{ organisationId: ORG_ID, role: 'referent' }],
  coSigner: false,
};

describe('contract section', () => {
  it('offers as co-signers the staff the server flags (coSigner), whatever their roles', async () => {
    const net = fakeFetch({ 'GET /api/staff': { body: [REFERENT, COORDINATOR, NOT_A_CO_SIGNER] } });
    renderScreen(<ContractSection participant={participant()} />, { fetch: net.fetch });
    expect(await screen.findByLabelText(REFERENT.displayName)).toBeTruthy();
    expect(screen.getByLabelText(COORDINATOR.displayName)).toBeTruthy();
    expect(screen.queryByLabelText(NOT_A_CO_SIGNER.displayName)).toBeNull();
  });
});
