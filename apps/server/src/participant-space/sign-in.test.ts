import {
  SIGN_IN_CODE_ALPHABET,
  type ParticipantDetail,
  type ParticipantSession,
  type SignInCode,
} from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordExit } from '../pathway/index.js';
import { auditEvents, participantSignInCodes, timelineEvents } from '../db/schema.js';
import { TEST_NOW, TEST_PUBLIC_URL, useTestApp, type Client } from '../test-support/app.js';
import { loginAs, uniqueIp } from '../test-support/clients.js';
import { issueCode, loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();
const MINUTE = 60_000;
const DAY = 86_400_000;

let world: World;
let referent: Client;
let participant: ParticipantDetail;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  participant = await followedParticipant(ctx.services, world);
});

const signIn = (code: string, remoteAddress = uniqueIp()) =>
  ctx.app.inject({ method: 'POST', url: '/api/me/sign-in', payload: { code }, remoteAddress });
const me = (cookie: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { cookie: `tp_participant=${cookie}` },
  });
const cookieOf = (res: Awaited<ReturnType<typeof signIn>>) =>
  res.cookies.find((c) => c.name === 'tp_participant');

async function at<T>(ms: number, run: () => Promise<T>): Promise<T> {
  ctx.setNow(new Date(TEST_NOW.getTime() + ms));
  try {
    return await run();
  } finally {
    ctx.setNow(TEST_NOW);
  }
}

describe('issuing a code', () => {
  it('answers a grouped code, the sign-in URL and a QR code of the absolute URL on PUBLIC_URL, whatever the request claims', async () => {
    const res = await referent.request({
      method: 'POST',
      url: `/api/participants/${participant.id}/sign-in-code`,
      headers: {
        'x-forwarded-proto': 'http',
        'x-forwarded-host': 'attacker.example',
        host: 'evil.example',
      },
    });
    expect(res.statusCode).toBe(201);
    const issued = res.json<SignInCode>();
    const letter = `[${SIGN_IN_CODE_ALPHABET}]`;
    expect(issued.code).toMatch(new RegExp(`^${letter}{3}-${letter}{3}-${letter}{3}$`));
    const raw = issued.code.replaceAll('-', '');
    expect(issued.url).toBe(`/moi/connexion?code=${raw}`);
    expect(issued.expiresAt).toBe(new Date(TEST_NOW.getTime() + 15 * MINUTE).toISOString());
    const expected = await QRCode.toString(`${TEST_PUBLIC_URL}${issued.url}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    expect(issued.qrSvg).toBe(expected);

    // Only the hash is stored; the timeline and the audit say a code was issued, never which.
    const rows = await ctx.database.db
      .select()
      .from(participantSignInCodes)
      .where(eq(participantSignInCodes.participantId, participant.id));
    expect(rows.map((r) => r.codeHash)).toEqual([createHash('sha256').update(raw).digest('hex')]);
    const events = await ctx.database.db
      .select()
      .from(timelineEvents)
      .where(
        and(
          eq(timelineEvents.participantId, participant.id),
          eq(timelineEvents.kind, 'participant_space_code_issued'),
        ),
      );
    expect(events.at(-1)).toMatchObject({ actorId: world.staff.referent.staffId });
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'participant_space.code_issue'));
    expect(audit.at(-1)).toMatchObject({ entityId: participant.id });
    expect(JSON.stringify([events, audit])).not.toContain(raw);
  });
});

describe('signing in with the code', () => {
  it('opens a 90-day httpOnly session in tp_participant, and /api/me answers', async () => {
    const { code } = await issueCode(ctx.app, participant.id, referent);
    // Typed on a phone: small letters, a space instead of the dash.
    const res = await signIn(code.toLowerCase().replaceAll('-', ' '));
    expect(res.statusCode).toBe(200);
    const session = res.json<ParticipantSession>();
    expect(session).toMatchObject({
      participantId: participant.id,
      pseudonym: participant.pseudonym,
    });
    expect(session.csrfToken.length).toBeGreaterThanOrEqual(32);
    const cookie = cookieOf(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.expires?.getTime()).toBe(TEST_NOW.getTime() + 90 * DAY);
    expect(res.cookies.find((c) => c.name === 'tp_session')).toBeUndefined();
    const again = await me(cookie?.value ?? '');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(session);
  });

  it('works once only', async () => {
    const { code } = await issueCode(ctx.app, participant.id, referent);
    expect((await signIn(code)).statusCode).toBe(200);
    const second = await signIn(code);
    expect(second.statusCode).toBe(401);
    expect(second.json()).toMatchObject({ error: { code: 'participant_space.code_invalid' } });
  });

  it('expires after 15 minutes of the injected clock', async () => {
    const early = await issueCode(ctx.app, participant.id, referent);
    expect((await at(15 * MINUTE - 1000, () => signIn(early.code))).statusCode).toBe(200);
    const late = await issueCode(ctx.app, participant.id, referent);
    const res = await at(15 * MINUTE, () => signIn(late.code));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'participant_space.code_invalid' } });
  });

  it('stops working when a newer code is issued', async () => {
    const first = await issueCode(ctx.app, participant.id, referent);
    const second = await issueCode(ctx.app, participant.id, referent);
    expect((await signIn(first.code)).statusCode).toBe(401);
    expect((await signIn(second.code)).statusCode).toBe(200);
  });

  it('gives the same answer for unknown, used and expired codes, and sets no cookie', async () => {
    const used = await issueCode(ctx.app, participant.id, referent);
    await signIn(used.code);
    const expired = await issueCode(ctx.app, participant.id, referent);
    const answers = [
      await signIn('ACDE-FGHJ'),
      await signIn('---'),
      await signIn(used.code),
      await at(16 * MINUTE, () => signIn(expired.code)),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(answers[0]?.json());
      expect(cookieOf(res)).toBeUndefined();
    }
  });

  it('a probe rotating X-Forwarded-For gets a 429 after 10 codes a minute (no proxy is trusted by default)', async () => {
    const address = uniqueIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/me/sign-in',
        payload: { code: 'WXYZ-WXYZ' },
        remoteAddress: address,
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses[10]).toBe(429);
  });

  it('refuses the 11th attempt in a minute from one address with 429, even with a good code', async () => {
    const address = uniqueIp();
    for (let i = 0; i < 10; i++) expect((await signIn('WXYZ-WXYZ', address)).statusCode).toBe(401);
    const { code } = await issueCode(ctx.app, participant.id, referent);
    const eleventh = await signIn(code, address);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json()).toMatchObject({ error: { code: 'request.rate_limited' } });
    // Others are not locked out, and the code was not spent.
    expect((await signIn(code)).statusCode).toBe(200);
  });
});

describe('the participant session', () => {
  it('slides: a participant who comes back within 90 days stays signed in', async () => {
    const phone = await loginParticipant(ctx.app, participant.id, referent);
    const renewed = await at(60 * DAY, () => me(phone.cookie));
    expect(renewed.statusCode).toBe(200);
    expect(cookieOf(renewed)?.expires?.getTime()).toBe(TEST_NOW.getTime() + 150 * DAY);
    expect((await at(149 * DAY, () => me(phone.cookie))).statusCode).toBe(200);
    const idle = await loginParticipant(ctx.app, participant.id, referent);
    expect((await at(90 * DAY + MINUTE, () => me(idle.cookie))).statusCode).toBe(401);
  });

  it('sign-out ends the session for good and clears the cookie', async () => {
    const phone = await loginParticipant(ctx.app, participant.id, referent);
    const out = await phone.request({ method: 'POST', url: '/api/me/sign-out' });
    expect(out.statusCode).toBe(200);
    expect(cookieOf(out)?.value).toBe('');
    const after = await me(phone.cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });

  it('staff end every session and unused code of the participant at once', async () => {
    const [phone, tablet] = [
      await loginParticipant(ctx.app, participant.id, referent),
      await loginParticipant(ctx.app, participant.id, referent),
    ];
    const other = await followedParticipant(ctx.services, world);
    const bystander = await loginParticipant(ctx.app, other.id, referent);
    const pending = await issueCode(ctx.app, participant.id, referent);
    const res = await referent.request({
      method: 'POST',
      url: `/api/participants/${participant.id}/sign-out-everywhere`,
    });
    expect(res.statusCode).toBe(200);
    for (const client of [phone, tablet]) expect((await me(client.cookie)).statusCode).toBe(401);
    expect((await signIn(pending.code)).statusCode).toBe(401);
    expect((await me(bystander.cookie)).statusCode).toBe(200);
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(timeline.json<{ kind: string }[]>().map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'participant_space_code_issued',
        'participant_space_signed_in',
        'participant_space_signed_out_everywhere',
      ]),
    );
  });

  it('outlives an exit: the experiences and badges stay the participant’s (docs/adr/0007)', async () => {
    const leaving = await followedParticipant(ctx.services, world, 'contract');
    const mine = await loginParticipant(ctx.app, leaving.id, referent);
    await recordExit(ctx.services, world.staff.referent, leaving.id, {
      version: leaving.version,
      exitOn: TEST_NOW.toISOString().slice(0, 10),
      situation: 'training_qualifying',
    });
    expect((await me(mine.cookie)).statusCode).toBe(200);
  });
});
