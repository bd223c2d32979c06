import type { Session } from '@territoires/contracts';
import { UnauthenticatedError } from '../errors/index.js';
import type { Services } from '../services.js';
import { followsParticipants } from './actor.js';
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

export async function login(
  services: Services,
  email: string,
  password: string,
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
    session: await sessionOf(services, member.id, member.email, member.displayName, csrfToken),
  };
}

export async function sessionOf(
  services: Services,
  staffId: string,
  email: string,
  displayName: string,
  csrfToken: string,
): Promise<Session> {
  const memberships = await membershipsOf(services.database.db, staffId);
  const can = { followParticipants: followsParticipants({ staffId, displayName, memberships }) };
  return { user: { id: staffId, email, displayName, memberships, can }, csrfToken };
}

export const logout = (services: Services, tokenHash: string): Promise<void> =>
  deleteSession(services.database.db, tokenHash);
