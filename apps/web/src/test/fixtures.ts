import type { ParticipantDetail, StaffMember } from '@territoires/contracts';

export const ORG_ID = '00000000-0000-4000-8000-000000000001';
export const PARTICIPANT_ID = '00000000-0000-4000-8000-000000000010';
export const REFERENT: StaffMember = {
  id: '00000000-0000-4000-8000-000000000100',
  displayName: 'Camille Référente',
  email: 'camille@example.org',
  roles: [{ organisationId: ORG_ID, role: 'referent' }],
  coSigner: true,
};
export const COORDINATOR: StaffMember = {
  id: '00000000-0000-4000-8000-000000000101',
  displayName: 'Sami Coordinateur',
  email: 'sami@example.org',
  roles: [{ organisationId: ORG_ID, role: 'coordinator' }],
  coSigner: true,
};

export function participant(overrides: Partial<ParticipantDetail> = {}): ParticipantDetail {
  return {
    id: PARTICIPANT_ID,
    pseudonym: 'Lulu',
    phase: 'discovery',
    version: 3,
    organisationId: ORG_ID,
    createdAt: '2025-01-10T09:00:00.000Z',
    lastEventAt: '2025-02-10T09:00:00.000Z',
    alerts: [],
    contact: null,
    referralSource: 'mission_locale',
    territory: 'caen_chemin_vert',
    commune: null,
    team: [
      {
        id: '00000000-0000-4000-8000-000000000200',
        staffId: REFERENT.id,
        displayName: REFERENT.displayName,
        role: 'referent',
        startOn: '2025-01-10',
        endOn: null,
      },
    ],
    profile: null,
    contracts: [],
    exits: [],
    can: { edit: true, seeNotes: true, seeSensitive: true, changeTeam: true },
    ...overrides,
  };
}
