import type { OrganisationKind, Role, Session, SessionUser } from '@territoires/contracts';
import { UnauthenticatedError } from '../errors/index.js';
import type { Services } from '../services.js';
import type { Actor } from './actor.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import {
  deleteExpiredSessions,
  deleteSession,
  findStaffByEmail,
  insertSession,
  membershipsOf,
} from './repository.js';
import { hashToken, newToken } from './tokens.js';
import { plusDays } from '../time/index.js';

export const SESSION_DAYS = 7;

/** A membership as the session reads it: with its organisation's kind, which some rules need. */
export interface SessionMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
}

/**
 * What the signed-in person may do (the session's `can`): computed by the domains' policies and
 * passed in by the composition root, since auth imports no domain.
 */
export type Capabilities = (actor: Actor, memberships: SessionMembership[]) => SessionUser['can'];

export async function login(
  services: Services,
  email: string,
  password: string,
  capabilities: Capabilities,
): Promise<{ token: string; session: Session; expiresAt: Date }> {
  const { db } = services.database;
  const member = await findStaffByEmail(db, email);
  const ok = await verifyPassword(member?.passwordHash ?? DUMMY_HASH, password);
  if (!member || !ok || member.disabled) {
    throw new UnauthenticatedError('auth.invalid_credentials', 'Wrong e-mail or password.');
  }
  const now = services.clock();
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = plusDays(now, SESSION_DAYS);
  await deleteExpiredSessions(db, now);
  await insertSession(db, {
    tokenHash: hashToken(token),
    staffId: member.id,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  });
  return {
    token,
    expiresAt,
    session: await sessionOf(
      services,
      { staffId: member.id, email: member.email, displayName: member.displayName, csrfToken },
      capabilities,
    ),
  };
}

export async function sessionOf(
  services: Services,
  who: { staffId: string; email: string; displayName: string; csrfToken: string },
  capabilities: Capabilities,
): Promise<Session> {
  const { staffId, email, displayName, csrfToken } = who;
  const rows = await membershipsOf(services.database.db, staffId);
  const memberships = rows.map(({ organisationId, organisationName, role }) => ({
    organisationId,
    organisationName,
    role,
  }));
  const can = capabilities({ staffId, displayName, memberships }, rows);
  return { user: { id: staffId, email, displayName, memberships, can }, csrfToken };
}

export const logout = (services: Services, tokenHash: string): Promise<void> =>
  deleteSession(services.database.db, tokenHash);
