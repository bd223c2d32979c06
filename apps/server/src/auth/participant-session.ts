import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../services.js';
import {
  extendParticipantSession,
  findParticipantSession,
} from './participant-session-repository.js';
import { hashToken } from './tokens.js';
import { DAY_MS, plusDays } from '../time/index.js';

/** The participant space's own cookie: a staff session (tp_session) never stands in for it, nor the reverse. */
export const PARTICIPANT_COOKIE = 'tp_participant';
/** A participant session lasts this long after the last visit (it slides, see below). */
export const PARTICIPANT_SESSION_DAYS = 90;

export interface CookieSettings {
  secureCookies: boolean;
}

export function setParticipantCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  settings: CookieSettings,
): void {
  void reply.setCookie(PARTICIPANT_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

/**
 * Resolves the tp_participant cookie into request.participant. The session slides: a participant
 * who comes back at least once every 90 days never signs in again (their référent can end it).
 * The expiry moves at most once a day, so most requests only read.
 */
export async function loadParticipantSession(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  settings: CookieSettings,
): Promise<void> {
  const token = request.cookies[PARTICIPANT_COOKIE];
  if (!token) return;
  const tokenHash = hashToken(token);
  const now = services.clock();
  const { db } = services.database;
  const session = await findParticipantSession(db, tokenHash, now);
  if (!session) return;
  request.participant = { participantId: session.participantId, pseudonym: session.pseudonym };
  request.participantSession = { tokenHash, csrfToken: session.csrfToken };
  const renewed = plusDays(now, PARTICIPANT_SESSION_DAYS);
  if (renewed.getTime() - new Date(session.expiresAt).getTime() >= DAY_MS) {
    await extendParticipantSession(db, tokenHash, renewed);
    setParticipantCookie(reply, token, renewed, settings);
  }
}
