import type { ParticipantSession, SignInCode } from '@territoires/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Client } from './app.js';
import { loginAs, uniqueIp } from './clients.js';

export interface ParticipantClient extends Client {
  participantId: string;
  pseudonym: string;
}

/** A staff member who may issue codes (on the participant's follow-up team, or coordination). */
export type Issuer = Client | { email: string; password: string };

/** Asks for a sign-in code through the real route, as the staff member. */
export async function issueCode(
  app: FastifyInstance,
  participantId: string,
  staff: Issuer,
): Promise<SignInCode> {
  const client = 'request' in staff ? staff : await loginAs(app, staff);
  const res = await client.request({
    method: 'POST',
    url: `/api/participants/${participantId}/sign-in-code`,
  });
  if (res.statusCode !== 201) throw new Error(`code refused: ${res.statusCode} ${res.body}`);
  return res.json<SignInCode>();
}

/**
 * Signs a participant in the way their phone does: a staff member issues a code through the real
 * route, then the participant signs in with it. The client sends the tp_participant cookie and
 * its CSRF token, from an address of its own (the sign-in rate limit counts per address).
 */
export async function loginParticipant(
  app: FastifyInstance,
  participantId: string,
  staff: Issuer,
): Promise<ParticipantClient> {
  const { code } = await issueCode(app, participantId, staff);
  const remoteAddress = uniqueIp();
  const res = await app.inject({
    method: 'POST',
    url: '/api/me/sign-in',
    payload: { code },
    remoteAddress,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tp_participant');
  if (!cookie) throw new Error('no participant cookie');
  const session = res.json<ParticipantSession>();
  const headers = { cookie: `tp_participant=${cookie.value}`, 'x-csrf-token': session.csrfToken };
  return {
    cookie: cookie.value,
    csrfToken: session.csrfToken,
    participantId: session.participantId,
    pseudonym: session.pseudonym,
    request: (options: InjectOptions): Promise<LightMyRequestResponse> =>
      app.inject({
        remoteAddress,
        ...options,
        headers: { ...headers, ...(options.headers ?? {}) },
      }),
  };
}
