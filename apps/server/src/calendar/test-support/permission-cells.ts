import { createFeed } from '../feeds.js';
import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): agendas and calendar feeds. */
export function calendarCells(
  f: () => CellFixture,
): Cells<
  | 'bookableSessions'
  | 'organisationWeek'
  | 'participantAgenda'
  | 'myAgenda'
  | 'participantFeed'
  | 'createParticipantFeed'
  | 'revokeParticipantFeed'
  | 'organisationFeed'
  | 'createOrganisationFeed'
  | 'revokeOrganisationFeed'
  | 'calendarIcs'
> {
  return {
    bookableSessions: () => Promise.resolve({}),
    organisationWeek: () => Promise.resolve({ query: { start: f().today } }),
    participantAgenda: () => Promise.resolve({ params: { id: f().shared.id } }),
    myAgenda: () => Promise.resolve({}),
    participantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    createParticipantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    revokeParticipantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    organisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    createOrganisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    revokeOrganisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    calendarIcs: async () => {
      const { url } = await createFeed(f().services, f().world.staff.referent, {
        participantId: f().shared.id,
      });
      return { params: { token: url.replace('/api/calendar/', '').replace('.ics', '') } };
    },
  };
}
