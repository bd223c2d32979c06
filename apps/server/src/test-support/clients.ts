import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Client } from './app.js';

let lastIp = 0;
/** A distinct client address per call: the login rate limit counts per address. */
export const uniqueIp = (): string => {
  lastIp += 1;
  return `10.${(lastIp >> 16) & 255}.${(lastIp >> 8) & 255}.${lastIp & 255}`;
};

/**
 * Like login() from app.ts, but from an address of its own, so that a file may log in more than
 * the ten times a minute the rate limit allows one address.
 */
export async function loginAs(
  app: FastifyInstance,
  who: { email: string; password: string },
): Promise<Client> {
  const remoteAddress = uniqueIp();
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: who.email, password: who.password },
    remoteAddress,
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'tp_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  const headers = { cookie: `tp_session=${cookie.value}`, 'x-csrf-token': csrfToken };
  return {
    cookie: cookie.value,
    csrfToken,
    request: (options: InjectOptions): Promise<LightMyRequestResponse> =>
      app.inject({
        remoteAddress,
        ...options,
        headers: { ...headers, ...(options.headers ?? {}) },
      }),
  };
}

/** A client without a session. */
export const anonymousClient = (app: FastifyInstance): Client => ({
  cookie: '',
  csrfToken: '',
  request: (options) => app.inject(options),
});
