import type { OpenSession } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { anonymousClient, loginAs, uniqueIp } from '../test-support/clients.js';
import {
  makeOrganisation,
  makeStaff,
  TEST_PASSWORD,
  type TestStaff,
} from '../test-support/factories.js';
import { linkIn, tokenOf } from '../test-support/smtp.js';
import { MAILS_PER_HOUR } from './mail-brake.js';

const ctx = useTestApp({ smtp: true });

const STRONG = 'Cerise-Tramway-Ardoise-42';
let partner: string;
let adminClient: Client;

beforeAll(async () => {
  const { db } = ctx.database;
  partner = (await makeOrganisation(db)).id;
  adminClient = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'org_admin', organisationId: partner }),
  );
});

const colleague = () =>
  makeStaff(ctx.database.db, { role: 'partner_staff', organisationId: partner });
const anonymous = () => anonymousClient(ctx.app);
/** Each from an address of its own, as strangers would: the per-address rate limit stays out of it. */
const forgot = (email: string) =>
  anonymous().request({
    method: 'POST',
    url: '/api/auth/password/forgot',
    payload: { email },
    remoteAddress: uniqueIp(),
  });
const reset = (token: string, password: string) =>
  anonymous().request({
    method: 'POST',
    url: '/api/auth/password/reset',
    payload: { token, password },
  });
const me = (client: Client) => client.request({ method: 'GET', url: '/api/auth/me' });

/** What a response tells: status, body and headers but the per-request id and date. */
const visible = (res: Awaited<ReturnType<typeof forgot>>) => {
  const { 'x-request-id': _id, date: _date, ...headers } = res.headers;
  return { status: res.statusCode, body: res.body, headers };
};

describe('forgotten password', () => {
  it('answers the same whether or not the account exists; the link works once, within the hour, and ends every session', async () => {
    const person = await colleague();
    const session = await loginAs(ctx.app, person);
    const since = ctx.inbox.messages.length;
    const known = await forgot(person.email);
    const unknown = await forgot('personne.inconnue@test.example');
    expect(visible(known)).toEqual(visible(unknown));
    expect(known.json()).toEqual({ ok: true });
    const mail = await ctx.inbox.next(person.email, since);
    expect(mail.subject).toBe('Nouveau mot de passe Territoires Partagés');
    expect(mail.text).toContain('pendant une heure');
    const token = tokenOf(linkIn(mail));
    const weak = await reset(token, 'soleil2024');
    expect(weak.json()).toMatchObject({ error: { code: 'account.password_weak' } });
    expect((await reset(token, STRONG)).statusCode).toBe(200);
    expect((await reset(token, 'Autre-Phrase-Longue-77')).json()).toMatchObject({
      error: { code: 'account.link_invalid' },
    });
    expect((await me(session)).statusCode).toBe(401);
    await loginAs(ctx.app, { email: person.email, password: STRONG });
  });

  it('an hour later the link does not work', async () => {
    const person = await colleague();
    const since = ctx.inbox.messages.length;
    await forgot(person.email);
    const token = tokenOf(linkIn(await ctx.inbox.next(person.email, since)));
    ctx.setNow(new Date(TEST_NOW.getTime() + 61 * 60_000));
    try {
      expect((await reset(token, STRONG)).json()).toMatchObject({
        error: { code: 'account.link_invalid' },
      });
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });

  it(`sends at most ${String(MAILS_PER_HOUR)} e-mails an hour to one address, with the same answer`, async () => {
    const person = await colleague();
    const since = ctx.inbox.messages.length;
    const answers = [];
    for (let i = 0; i <= MAILS_PER_HOUR; i += 1) answers.push(visible(await forgot(person.email)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    await ctx.inbox.next(person.email, since);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const received = ctx.inbox.messages.slice(since).filter((m) => m.to.includes(person.email));
    expect(received).toHaveLength(MAILS_PER_HOUR);
  });

  it('an org_admin produces a reset link to hand over; never for a consortium account', async () => {
    const person = await colleague();
    const res = await adminClient.request({
      method: 'POST',
      url: `/api/accounts/${person.staffId}/reset-link`,
    });
    expect(res.statusCode).toBe(201);
    const { link } = res.json<{ link: string }>();
    expect((await reset(tokenOf(link), STRONG)).statusCode).toBe(200);
    const { db } = ctx.database;
    const coordination = await makeStaff(db, { role: 'coordination', organisationId: partner });
    const refused = await adminClient.request({
      method: 'POST',
      url: `/api/accounts/${coordination.staffId}/reset-link`,
    });
    expect(refused.statusCode).toBe(403);
    const stranger = await makeStaff(db, { role: 'referent' });
    const unknown = await adminClient.request({
      method: 'POST',
      url: `/api/accounts/${stranger.staffId}/reset-link`,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('one’s own password and sessions', () => {
  let person: TestStaff;
  beforeAll(async () => {
    person = await colleague();
  });

  it('changing it needs the current one, checks strength, and ends the other sessions only', async () => {
    const here = await loginAs(ctx.app, person);
    const there = await loginAs(ctx.app, person);
    const change = (currentPassword: string, password: string) =>
      here.request({
        method: 'POST',
        url: '/api/account/password',
        payload: { currentPassword, password },
      });
    expect((await change('pas le bon', STRONG)).json()).toMatchObject({
      error: { code: 'account.wrong_password' },
    });
    expect((await change(TEST_PASSWORD, 'motdepasse')).json()).toMatchObject({
      error: { code: 'account.password_weak' },
    });
    expect((await change(TEST_PASSWORD, STRONG)).statusCode).toBe(200);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(there)).statusCode).toBe(401);
    person.password = STRONG;
  });

  it('lists one’s open sessions and signs out everywhere', async () => {
    const a = await loginAs(ctx.app, person);
    const b = await loginAs(ctx.app, person);
    const list = (await a.request({ method: 'GET', url: '/api/account/sessions' })).json<
      OpenSession[]
    >();
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(a.cookie);
    expect((await b.request({ method: 'POST', url: '/api/account/sessions/end' })).statusCode).toBe(
      200,
    );
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(401);
  });
});

describe('deactivating a leaver', () => {
  it('ends their open session at once (no cache delay) and refuses their password', async () => {
    const leaver = await colleague();
    const session = await loginAs(ctx.app, leaver);
    expect((await me(session)).statusCode).toBe(200);
    const res = await adminClient.request({
      method: 'POST',
      url: `/api/accounts/${leaver.staffId}/deactivate`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect((await me(session)).statusCode).toBe(401);
    const again = await anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: leaver.email, password: leaver.password },
    });
    expect(again.statusCode).toBe(401);
    const accounts = await adminClient.request({ method: 'GET', url: '/api/accounts' });
    expect(accounts.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: leaver.staffId, active: false })]),
    );
  });
});
