import type { Session } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { authSessions, staff } from '../db/schema.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { loginAs, uniqueIp } from '../test-support/clients.js';
import { makeOrganisation, makeStaff, type TestStaff } from '../test-support/factories.js';

const ctx = useTestApp();

let member: TestStaff;

beforeAll(async () => {
  member = await makeStaff(ctx.database.db, { role: 'coordinator' });
});

const attempt = (email: string, password: string, remoteAddress = uniqueIp()) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });
const me = (cookie: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: `tp_session=${cookie}` },
  });
const DAY = 86_400_000;

describe('login', () => {
  it('opens a session in an httpOnly, SameSite cookie', async () => {
    const res = await attempt(member.email, member.password);
    expect(res.statusCode).toBe(200);
    const session = res.json<Session>();
    expect(session.user).toMatchObject({ id: member.staffId, email: member.email });
    expect(session.user.memberships).toEqual([
      expect.objectContaining({
        role: 'coordinator',
        organisationId: member.memberships[0]?.organisationId,
      }),
    ]);
    expect(session.csrfToken.length).toBeGreaterThanOrEqual(32);
    const cookie = res.cookies.find((c) => c.name === 'tp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.expires?.getTime()).toBe(TEST_NOW.getTime() + 7 * DAY);
    // The token itself is never stored: a database leak gives no usable session.
    const stored = await ctx.database.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.staffId, member.staffId));
    const hash = createHash('sha256')
      .update(cookie?.value ?? '')
      .digest('hex');
    expect(stored.map((s) => s.tokenHash)).toContain(hash);
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie?.value);
  });

  it('stores passwords as argon2id', async () => {
    const [row] = await ctx.database.db.select().from(staff).where(eq(staff.id, member.staffId));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('ignores the case of the e-mail', async () => {
    expect((await attempt(member.email.toUpperCase(), member.password)).statusCode).toBe(200);
  });

  it('says the same for a wrong password and an unknown e-mail, and sets no cookie', async () => {
    const wrong = await attempt(member.email, 'not the password');
    const unknown = await attempt('nobody@test.example', member.password);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.cookies).toHaveLength(0);
    }
    expect(wrong.json()).toMatchObject({ error: { code: 'auth.invalid_credentials' } });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('refuses the 11th attempt in a minute from one address with 429', async () => {
    const address = uniqueIp();
    for (let i = 0; i < 10; i++) {
      expect((await attempt(member.email, `wrong ${i}`, address)).statusCode).toBe(401);
    }
    const eleventh = await attempt(member.email, member.password, address);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toMatchObject({ error: { code: 'request.rate_limited' } });
    // Others are not locked out.
    expect((await attempt(member.email, member.password)).statusCode).toBe(200);
  });

  it('refuses a disabled staff member, and ends their sessions', async () => {
    const leaving = await makeStaff(ctx.database.db, { role: 'referent' });
    const client = await loginAs(ctx.app, leaving);
    expect((await me(client.cookie)).statusCode).toBe(200);
    await ctx.database.db
      .update(staff)
      .set({ disabled: true })
      .where(eq(staff.id, leaving.staffId));
    const res = await attempt(leaving.email, leaving.password);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.invalid_credentials' } });
    // Past any in-memory session cache, the open session is refused too.
    ctx.setNow(new Date(TEST_NOW.getTime() + 60_000));
    try {
      expect((await me(client.cookie)).statusCode).toBe(401);
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});

describe('session', () => {
  it('/me answers with the user and the CSRF token; nothing without a session', async () => {
    const client = await loginAs(ctx.app, member);
    const res = await me(client.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json<Session>()).toMatchObject({
      user: { id: member.staffId },
      csrfToken: client.csrfToken,
    });
    for (const cookie of [undefined, 'forged-token']) {
      const anonymous = await ctx.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        ...(cookie ? { headers: { cookie: `tp_session=${cookie}` } } : {}),
      });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
    }
  });

  it('each session has its own CSRF token', async () => {
    const [a, b] = [await loginAs(ctx.app, member), await loginAs(ctx.app, member)];
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('logout ends the session for good', async () => {
    const client = await loginAs(ctx.app, member);
    const out = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    const cleared = out.cookies.find((c) => c.name === 'tp_session');
    expect(cleared?.value).toBe('');
    expect((await me(client.cookie)).statusCode).toBe(401);
    // Replaying the old cookie and token does not write either.
    const write = await client.request({
      method: 'POST',
      url: '/api/participants',
      payload: { pseudonym: 'Fantôme', referralSource: 'self', territory: 'colombelles' },
    });
    expect(write.statusCode).toBe(401);
  });

  it('expires after seven days of the injected clock', async () => {
    const client = await loginAs(ctx.app, member);
    ctx.setNow(new Date(TEST_NOW.getTime() + 7 * DAY - 60_000));
    try {
      expect((await me(client.cookie)).statusCode).toBe(200);
      ctx.setNow(new Date(TEST_NOW.getTime() + 7 * DAY + 60_000));
      expect((await me(client.cookie)).statusCode).toBe(401);
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});

const ROLES_GRANTED_BY_COORDINATION = [
  'partner_staff',
  'referent',
  'coordinator',
  'org_admin',
  'coordination',
  'evaluator',
  'funder',
];

describe('the session says what the person may do, from the domains’ policies', () => {
  it.each([
    ['coordinator', 'consortium_member', true, 'own', 'own'],
    ['referent', 'partner_association', true, 'none', 'own'],
    ['partner_staff', 'partner_association', false, 'own', 'own'],
    ['evaluator', 'consortium_member', false, 'none', 'none'],
    ['funder', 'public_body', false, 'none', 'none'],
    ['org_admin', 'partner_association', false, 'own', 'own'],
    ['coordination', 'consortium_member', true, 'all', 'own'],
  ] as const)(
    '%s at a %s: follows participants %s, activities %s, feeds %s',
    async (role, kind, follows, activities, feeds) => {
      const organisation = await makeOrganisation(ctx.database.db, { kind });
      const someone = await makeStaff(ctx.database.db, { role, organisationId: organisation.id });
      const res = await attempt(someone.email, someone.password);
      const { can } = res.json<Session>().user;
      const expected = (scope: 'own' | 'none' | 'all') =>
        scope === 'all' ? 'all' : scope === 'own' ? [organisation.id] : [];
      expect(can).toEqual({
        followParticipants: follows,
        manageActivitiesAt: expected(activities),
        organisationFeedsAt: expected(feeds),
        handleTransfers: role === 'coordinator' || role === 'coordination',
        createParticipants: follows,
        takeAttendanceAt: expected(feeds),
        overseeProgramme: role === 'coordination',
        readWeek: role !== 'evaluator' && role !== 'funder',
        runAccounts: role === 'coordination' || role === 'org_admin',
        administerAccountsAt:
          role === 'coordination' ? 'all' : role === 'org_admin' ? [organisation.id] : [],
        grantableRoles:
          role === 'coordination'
            ? ROLES_GRANTED_BY_COORDINATION
            : role === 'org_admin'
              ? ['partner_staff', 'referent', 'coordinator', 'org_admin']
              : [],
        manageOrganisations: role === 'coordination',
        readIndicators: [
          'coordination',
          'coordinator',
          'org_admin',
          'evaluator',
          'funder',
        ].includes(role),
      });
      const cookie = res.cookies.find((c) => c.name === 'tp_session')?.value ?? '';
      expect((await me(cookie)).json<Session>().user.can).toEqual(can);
    },
  );
});

describe('password guessing (ADR 5)', () => {
  it('rotating X-Forwarded-For buys no fresh budget: the 11th try from one address gets a 429', async () => {
    const address = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `nobody${i}@test.example`, password: 'x' },
        remoteAddress: address,
        headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 401));
    expect(statuses[10]).toBe(429);
  });

  it('per account, a growing delay after 5 failures (1 s doubling up to 60 s), whatever the addresses, and never a lockout', async () => {
    const target = await makeStaff(ctx.database.db, { role: 'referent' });
    ctx.sleeps.length = 0;
    for (let i = 0; i < 12; i++)
      expect((await attempt(target.email.toUpperCase(), `guess ${i}`)).statusCode).toBe(401);
    expect(ctx.sleeps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000]);
    // The owner, from anywhere, still gets in after the wait; and starts afresh.
    const owner = await attempt(target.email, target.password);
    expect(owner.statusCode).toBe(200);
    expect(ctx.sleeps.at(-1)).toBe(60_000);
    ctx.sleeps.length = 0;
    expect((await attempt(target.email, 'one slip')).statusCode).toBe(401);
    expect(ctx.sleeps).toEqual([]);
  });
});
