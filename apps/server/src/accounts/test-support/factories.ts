import type { Role } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import type { Services } from '../../services.js';
import { makeStaff } from '../../test-support/factories.js';
import { tokenOf } from '../../test-support/smtp.js';
import { createInvitation } from '../invitations.js';
import { createResetLink } from '../passwords.js';

let counter = 0;
/** An address nobody has used yet. */
export const freshEmail = (prefix = 'invite') => {
  counter += 1;
  return `${prefix}.${String(Date.now())}.${String(counter)}@test.example`;
};

const noLog = () => undefined;

/**
 * An invitation made through the real service by someone who runs the organisation; without a
 * mailer in the services, its link comes back to hand over.
 */
export async function makeInvitation(
  services: Services,
  by: Actor,
  overrides: { organisationId?: string; email?: string; roles?: Role[] } = {},
) {
  const organisationId = overrides.organisationId ?? by.memberships[0]?.organisationId ?? '';
  // Without the mailer: the link comes back to hand over, whatever the test's app sends.
  return createInvitation(
    { ...services, mailer: undefined },
    by,
    {
      email: overrides.email ?? freshEmail(),
      organisationId,
      roles: overrides.roles ?? ['partner_staff'],
    },
    { publicUrl: 'https://territoires.example', log: noLog },
  );
}

/** The token of a fresh invitation's link (services without a mailer). */
export async function invitationToken(
  services: Services,
  by: Actor,
  overrides: Parameters<typeof makeInvitation>[2] = {},
) {
  const { link, invitation } = await makeInvitation(services, by, overrides);
  if (!link) throw new Error('an e-mailed invitation has no link to hand over');
  return { token: tokenOf(link), invitation };
}

/** A reset link's token for the account, produced by coordination (or whoever runs it). */
export async function resetToken(services: Services, by: Actor, staffId: string) {
  const { link } = await createResetLink(services, by, staffId, 'https://territoires.example');
  return tokenOf(link);
}

/** A colleague of the organisation, as an org_admin would deactivate or reset them. */
export const makeColleague = (
  services: Services,
  organisationId: string,
  role: Role = 'partner_staff',
) => makeStaff(services.database.db, { organisationId, role });
