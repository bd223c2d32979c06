import type { SessionUser } from '@territoires/contracts';
import { administered, grantableRoles } from './accounts/policy.js';
import { mayManage } from './activities/policy.js';
import { mayTakeAttendance } from './attendance/policy.js';
import { mayCreateParticipants } from './participants/policy.js';
import { followsParticipants, isCoordination, type Actor } from './auth/actor.js';
import type { Capabilities, SessionMembership } from './auth/service.js';
import { readsWeek } from './calendar/policy.js';
import { managesOrganisations } from './organisations/policy.js';
import { worksAt } from './registrations/policy.js';
import { handlesTransfers } from './transfers/policy.js';
import { readsIndicators } from './indicators/policy.js';

/**
 * What the signed-in person may do, for the web's menus and forms, computed by the domains' own
 * policies so that no screen repeats a rule. The composition root (app.ts) passes it to the auth
 * routes, which import no domain.
 */
export const capabilitiesOf: Capabilities = (
  actor: Actor,
  memberships: SessionMembership[],
): SessionUser['can'] => {
  const own = [...new Set(memberships.map((m) => m.organisationId))];
  const kinds = new Map(memberships.map((m) => [m.organisationId, m.organisationKind]));
  return {
    followParticipants: followsParticipants(actor),
    manageActivitiesAt: isCoordination(actor)
      ? 'all'
      : own.filter((id) => mayManage(actor, id, kinds.get(id) ?? 'partner_association')),
    organisationFeedsAt: own.filter((id) => worksAt(actor, id)),
    handleTransfers: handlesTransfers(actor),
    createParticipants: mayCreateParticipants(actor),
    takeAttendanceAt: own.filter((id) => mayTakeAttendance(actor, id)),
    overseeProgramme: isCoordination(actor),
    readWeek: readsWeek(actor),
    runAccounts: administered(actor) === 'all' || administered(actor).length > 0,
    administerAccountsAt: administered(actor),
    grantableRoles: [...new Set(own.flatMap((id) => grantableRoles(actor, id)))],
    manageOrganisations: managesOrganisations(actor),
    readIndicators: readsIndicators(actor),
  };
};
