import type { Card, ScanResult } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { newCardCode } from './service.js';

const ctx = useTestApp();

let world: World;
let referent: Client;
let partner: Client;
let stranger: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  [referent, partner, stranger] = await Promise.all([
    loginAs(ctx.app, world.staff.referent),
    loginAs(ctx.app, world.staff.partner_staff),
    loginAs(ctx.app, world.staff.stranger),
  ]);
});

const cardOf = (client: Client, id: string, method: 'GET' | 'POST' | 'DELETE' = 'GET') =>
  client.request({ method, url: `/api/participants/${id}/card` });

const scanWith = async (sessionId: string, cardCode: string) => {
  const res = await partner.request({
    method: 'POST',
    url: '/api/attendance/sync',
    payload: {
      scans: [{ clientId: randomUUID(), sessionId, cardCode, recordedAt: TEST_NOW.toISOString() }],
    },
  });
  return res.json<{ results: ScanResult[] }>().results[0];
};

describe('participant card', () => {
  it('is issued with pseudonym, QR code (SVG) and short code, then works at a scan', async () => {
    const person = await followedParticipant(ctx.services, world);
    expect((await cardOf(referent, person.id)).json<Card>()).toEqual({
      pseudonym: person.pseudonym,
      card: null,
    });
    const issued = await cardOf(referent, person.id, 'POST');
    expect(issued.statusCode, issued.body).toBe(201);
    const { card } = issued.json<Card>();
    expect(card?.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(card?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await cardOf(referent, person.id)).json<Card>().card?.code).toBe(card?.code);
    const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
    expect(await scanWith(session.id, card?.code ?? '')).toMatchObject({
      status: 'ok',
      walkIn: true,
    });
  });

  it('re-issuing revokes the old card; revoking leaves none', async () => {
    const person = await followedParticipant(ctx.services, world);
    const first = (await cardOf(referent, person.id, 'POST')).json<Card>().card?.code ?? '';
    const second = (await cardOf(referent, person.id, 'POST')).json<Card>().card?.code ?? '';
    expect(second).not.toBe(first);
    const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
    expect(await scanWith(session.id, first)).toMatchObject({
      status: 'error',
      code: 'card.revoked',
    });
    expect((await cardOf(referent, person.id, 'DELETE')).statusCode).toBe(200);
    expect((await cardOf(referent, person.id)).json<Card>().card).toBeNull();
    expect(await scanWith(session.id, second)).toMatchObject({
      status: 'error',
      code: 'card.revoked',
    });
  });

  it('is for the follow-up circle: partners and strangers 404 (ADR 12)', async () => {
    const person = await followedParticipant(ctx.services, world);
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expect((await cardOf(partner, person.id, method)).statusCode).toBe(404);
      expect((await cardOf(stranger, person.id, method)).statusCode).toBe(404);
    }
  });

  it('codes avoid look-alike characters', () => {
    for (let i = 0; i < 200; i += 1) expect(newCardCode()).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  });
});
