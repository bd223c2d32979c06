import type { Verification } from '@territoires/contracts';
import { verify, type VerifyResult } from '@territoires/open-badges';
import type { FastifyInstance } from 'fastify';
import { TEST_NOW, TEST_PUBLIC_URL } from '../../test-support/app.js';

/** What an outside verifier fetches (did:web document, issuer profile, status list), answered by the app. */
export const fetchFrom =
  (app: FastifyInstance) =>
  async (url: string): Promise<unknown> => {
    const { origin, pathname } = new URL(url);
    if (origin !== TEST_PUBLIC_URL) throw new Error(`not ours: ${url}`);
    const res = await app.inject({
      method: 'GET',
      url: pathname,
      headers: { accept: 'application/json' },
    });
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${url}`);
    return res.json();
  };

/** Verifies a credential (JSON or VC-JWT) as a verifier elsewhere would, at the tests' clock. */
export const verifyHere = (app: FastifyInstance, input: unknown): Promise<VerifyResult> =>
  verify(input, { fetchJson: fetchFrom(app), clock: () => TEST_NOW });

/** The platform's own verifier (POST /api/verify), sent a credential as JSON or a VC-JWT as text. */
export const verifyOnPlatform = async (
  app: FastifyInstance,
  payload: string,
  contentType = 'application/json',
): Promise<Verification> =>
  (
    await app.inject({
      method: 'POST',
      url: '/api/verify',
      payload,
      headers: { 'content-type': contentType },
    })
  ).json<Verification>();
