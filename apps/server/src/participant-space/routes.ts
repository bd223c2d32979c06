import { formatSignInCode } from '@territoires/contracts';
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { UnauthenticatedError } from '../errors/index.js';
import { route, type RouteOptions } from '../http/route.js';
import { PARTICIPANT_COOKIE, setParticipantCookie } from '../auth/participant-session.js';
import { referentOf } from '../participants/index.js';
import { issueSignInCode, sessionOf, signIn, signOut, signOutEverywhere } from './service.js';

/** The web app's sign-in page, with the code: what the QR code opens on the participant's phone. */
export const signInPath = (code: string): string =>
  `/moi/connexion?code=${encodeURIComponent(code)}`;

export function participantSpaceRoutes(
  app: FastifyInstance,
  options: RouteOptions & { secureCookies: boolean; publicUrl: string },
): void {
  route(app, options, 'issueSignInCode', async ({ services, actor, params }) => {
    const { code, expiresAt } = await issueSignInCode(services, actor, params.id);
    const url = signInPath(code);
    // PUBLIC_URL, never the request's Host or X-Forwarded-Host: a client must not choose where
    // the participant's phone goes (ADR 7).
    const qrSvg = await QRCode.toString(`${options.publicUrl}${url}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    return { code: formatSignInCode(code), url, expiresAt: expiresAt.toISOString(), qrSvg };
  });

  route(app, options, 'signOutParticipantEverywhere', async ({ services, actor, params }) => {
    await signOutEverywhere(services, actor, params.id);
    return { ok: true as const };
  });

  route(
    app,
    options,
    'participantSignIn',
    async ({ services, body, reply }) => {
      const { token, expiresAt, session } = await signIn(services, body.code);
      setParticipantCookie(reply, token, expiresAt, options);
      return session;
    },
    // The same bound on guessing as the staff login: 10 attempts a minute per address.
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );

  route(app, options, 'participantMe', ({ request, participant }) => {
    const session = request.participantSession;
    if (!session) return Promise.reject(new UnauthenticatedError());
    return Promise.resolve(sessionOf(participant, session.csrfToken));
  });

  route(app, options, 'myReferent', ({ services, participant }) =>
    referentOf(services.database.db, participant.participantId),
  );

  route(app, options, 'participantSignOut', async ({ request, services, reply }) => {
    if (request.participantSession) await signOut(services, request.participantSession.tokenHash);
    void reply.clearCookie(PARTICIPANT_COOKIE, { path: '/' });
    return { ok: true as const };
  });
}
