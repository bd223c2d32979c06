import type { Experience, Reflection } from '@territoires/contracts';
import { PARTICIPANT_ID, REFERENT } from '../test/fixtures.js';

export const EXPERIENCE_ID = '00000000-0000-4000-8000-000000000501';
export const REFLECTION_ID = '00000000-0000-4000-8000-000000000601';
export const FILE_ID = '00000000-0000-4000-8000-000000000701';

export function experience(overrides: Partial<Experience> = {}): Experience {
  return {
    id: EXPERIENCE_ID,
    participantId: PARTICIPANT_ID,
    kind: 'activity',
    title: 'Atelier fablab',
    occurredOn: '2025-02-20',
    words: 'J’ai fait une boîte en bois.',
    organisationName: 'Le Dôme',
    attendanceId: null,
    files: [
      {
        id: FILE_ID,
        kind: 'image',
        mimeType: 'image/jpeg',
        size: 1000,
        name: 'boite.jpg',
        width: 640,
        height: 480,
        at: '2025-02-20T15:00:00.000Z',
      },
    ],
    createdBy: { by: 'staff', displayName: REFERENT.displayName, at: '2025-02-20T15:00:00.000Z' },
    version: 1,
    can: { edit: true, addFile: true },
    ...overrides,
  };
}

export function reflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    id: REFLECTION_ID,
    participantId: PARTICIPANT_ID,
    heldOn: '2025-02-25',
    experienceIds: [EXPERIENCE_ID],
    did: 'Une boîte.',
    learned: null,
    felt: null,
    next: null,
    authors: {
      did: { by: 'participant', displayName: null, at: '2025-02-25T10:00:00.000Z' },
      learned: null,
      felt: null,
      next: null,
    },
    comment: 'Belle persévérance.',
    objectives: [],
    badge: null,
    createdBy: { by: 'staff', displayName: REFERENT.displayName, at: '2025-02-25T10:00:00.000Z' },
    version: 2,
    can: { delete: false },
    ...overrides,
  };
}
