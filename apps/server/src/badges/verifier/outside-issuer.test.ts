import {
  buildAchievement,
  buildAchievementSubject,
  buildCredential,
  buildIssuerProfile,
  buildProfile,
  generateIssuerKey,
  issueCredential,
} from '@territoires/open-badges';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp } from '../../test-support/app.js';
import { verifyOnPlatform } from '../test-support/verify-here.js';

// A badge from another issuer: a real local server publishes its profile (the loopback is allowed
// by the tests' configuration only); private addresses stay refused.

const ctx = useTestApp();
let server: Server;
let origin = '';
const documents = new Map<string, unknown>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const document = documents.get(request.url ?? '');
    response.writeHead(document === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(document === undefined ? '{}' : JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function outsideCredential(issuerId: string) {
  const key = await generateIssuerKey({ controller: issuerId });
  const profile = buildProfile({ id: issuerId, name: 'Centre social des Tilleuls' });
  const unsigned = buildCredential({
    id: 'urn:uuid:1c6f0a3e-5b4d-4e8f-9a21-3b4c5d6e7f80',
    issuer: profile,
    validFrom: '2026-01-10T09:00:00Z',
    name: 'Animation d’un atelier',
    credentialSubject: buildAchievementSubject({
      identifier: [{ identityType: 'emailAddress', value: 'sam@example.org' }],
      achievement: buildAchievement({
        id: `${issuerId}/achievements/atelier`,
        name: 'Animation d’un atelier',
        description: 'A animé un atelier pour un groupe.',
        criteria: { narrative: 'Deux ateliers animés.' },
      }),
    }),
  });
  const signed = await issueCredential(unsigned, { key, clock: () => TEST_NOW });
  return { signed, profile: buildIssuerProfile(profile, [key]) };
}

const verifyJson = (credential: unknown) => verifyOnPlatform(ctx.app, JSON.stringify(credential));

describe('a badge from another issuer', () => {
  it('is verified by fetching its issuer’s profile', async () => {
    const issuerId = `${origin}/issuer`;
    const { signed, profile } = await outsideCredential(issuerId);
    documents.set('/issuer', profile);
    const body = await verifyJson(signed);
    expect(body.result, JSON.stringify(body.checks)).toBe('verified');
  });

  it('is never fetched from a private address: the signature stays unchecked', async () => {
    const { signed } = await outsideCredential('http://10.0.0.7/issuer');
    const body = await verifyJson(signed);
    expect(body.result).not.toBe('verified');
    expect(body.checks.find((c) => c.id === 'proof')?.status).not.toBe('passed');
  });
});
