import type { Verification } from '@territoires/contracts';
import { bakePng, bakeSvg } from '@territoires/open-badges';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipart, png } from '../../experiences/test-support/factories.js';
import { TEST_PUBLIC_URL, useTestApp } from '../../test-support/app.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { revokeAward } from '../awards.js';
import { awards } from '../tables.js';
import { acceptedAward, makeAchievement } from '../test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

/** A credential of ours, signed for a participant: its id and the JSON as stored. */
async function ourCredential(): Promise<{ awardId: string; credential: Record<string, unknown> }> {
  const p = await followedParticipant(ctx.services, world);
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
  const [row] = await ctx.database.db
    .select({ credential: awards.credential })
    .from(awards)
    .where(eq(awards.id, award.id));
  if (!row?.credential) throw new Error('not signed');
  return { awardId: award.id, credential: row.credential };
}

const post = (payload: string | Buffer, contentType: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/verify',
    payload,
    headers: { 'content-type': contentType },
  });

const checkOf = (v: Verification, id: string) => v.checks.find((c) => c.id === id);

const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('POST /api/verify', () => {
  it('verifies one of our credentials sent as JSON, each check in plain French', async () => {
    const { credential } = await ourCredential();
    const res = await post(JSON.stringify(credential), 'application/json');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Verification>();
    expect(body.result).toBe('verified');
    expect(body.summary).toBe('Badge authentique et valable.');
    expect(checkOf(body, 'proof')).toMatchObject({
      status: 'passed',
      message: 'La signature de l’émetteur est bonne : le badge n’a pas été modifié.',
    });
    expect(checkOf(body, 'status')?.status).toBe('passed');
  });

  it('says an altered credential is not verified: the signature no longer matches', async () => {
    const { credential } = await ourCredential();
    const altered = { ...credential, name: 'Diplôme d’ingénieur' };
    const body = (await post(JSON.stringify(altered), 'application/json')).json<Verification>();
    expect(body.result).toBe('not_verified');
    expect(checkOf(body, 'proof')).toMatchObject({ status: 'failed' });
    expect(checkOf(body, 'proof')?.message).toMatch(/modifié/);
  });

  it('says a revoked credential is revoked, in the status check', async () => {
    const { awardId, credential } = await ourCredential();
    await revokeAward(ctx.services, TEST_PUBLIC_URL, world.staff.referent, awardId, 'Erreur.');
    const body = (await post(JSON.stringify(credential), 'application/json')).json<Verification>();
    expect(body.result).toBe('not_verified');
    expect(checkOf(body, 'status')).toMatchObject({ status: 'failed', code: 'ob.status.revoked' });
    expect(body.summary).toMatch(/retiré/);
  });

  it('remembers the proof, not the verdict: a revocation, then a revoked key, show at once', async () => {
    const { awardId, credential } = await ourCredential();
    const verifyIt = async () =>
      (await post(JSON.stringify(credential), 'application/json')).json<Verification>();
    expect((await verifyIt()).result).toBe('verified');
    await revokeAward(ctx.services, TEST_PUBLIC_URL, world.staff.referent, awardId, 'Erreur.');
    const revoked = await verifyIt();
    expect(checkOf(revoked, 'proof')?.status).toBe('passed');
    expect(checkOf(revoked, 'status')).toMatchObject({
      status: 'failed',
      code: 'ob.status.revoked',
    });

    const other = await ourCredential();
    const again = async () =>
      (await post(JSON.stringify(other.credential), 'application/json')).json<Verification>();
    expect((await again()).result).toBe('verified');
    const [proof] = [other.credential.proof].flat() as { verificationMethod: string }[];
    const method = proof?.verificationMethod ?? '';
    const issuer = (other.credential.issuer as { id: string }).id;
    await ctx.services.issuerKeys.revoke(issuer, method);
    // A key lives in the key files, not the database: past PGlite's one second (ADR 0009).
    ctx.setNow(new Date(ctx.services.clock().getTime() + 2_000));
    expect(checkOf(await again(), 'proof')).toMatchObject({
      status: 'failed',
      code: 'ob.proof.key_revoked',
    });
  });

  it('refuses a JWT signed with "none", with a clear check', async () => {
    const { credential } = await ourCredential();
    const { proof: _proof, ...unsigned } = credential;
    const jwt = `${jwtPart({ alg: 'none', typ: 'JWT' })}.${jwtPart(unsigned)}.`;
    const res = await post(jwt, 'text/plain');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Verification>();
    expect(body.result).toBe('not_verified');
    const failed = body.checks.filter((c) => c.status === 'failed');
    expect(failed.map((c) => c.message).join(' ')).toMatch(/signature|signé/);
  });

  it('verifies a baked PNG, and refuses an SVG carrying a script without reading it', async () => {
    const { credential } = await ourCredential();
    const baked = Buffer.from(bakePng(await png(), credential));
    const fromPng = await ctx.app.inject({
      method: 'POST',
      url: '/api/verify',
      ...multipart(baked, 'badge.png', 'image/png'),
    });
    expect(fromPng.json<Verification>().result).toBe('verified');
    const svg = bakeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
      credential,
    ).replace('<rect', '<script>alert(1)</script><rect');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/verify',
      ...multipart(Buffer.from(svg), 'badge.svg', 'image/svg+xml'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Verification>();
    expect(body.result).toBe('not_verified');
    expect(checkOf(body, 'format')).toMatchObject({ status: 'failed', code: 'ob.bake.unsafe_svg' });
    expect(res.body).not.toContain('alert(1)');
  });

  it('answers 413 with a code to a 20 MB upload, and 400 to nothing at all', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 1);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/verify',
      ...multipart(big, 'badge.png', 'image/png'),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'file.too_large' } });
    const empty = await post('   ', 'text/plain');
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'verifier.no_input' } });
    const garbage = await post('{"a":1,"a":2}', 'application/json');
    expect(garbage.json<Verification>().result).toBe('not_verified');
  });
});

describe('the public verifier page', () => {
  it('shows a form, then each check in French for a pasted credential', async () => {
    const form = await ctx.app.inject({ method: 'GET', url: '/verifier' });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h1>Vérifier un badge</h1>');
    const { credential } = await ourCredential();
    const sent = multipart(Buffer.from(''), '', 'application/octet-stream');
    const boundary = sent.headers['content-type']?.split('boundary=')[1] ?? '';
    const payload =
      `--${boundary}\r\nContent-Disposition: form-data; name="credential"\r\n\r\n` +
      `${JSON.stringify(credential)}\r\n--${boundary}--\r\n`;
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/verifier',
      payload,
      headers: sent.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-result="verified"');
    expect(res.body).toContain('Badge authentique et valable.');
  });
});

describe('the rate limit', () => {
  it('answers 429 past 30 verifications a minute from one address', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 32; i += 1) answers.push((await post(' ', 'text/plain')).statusCode);
    expect(answers.slice(-1)).toEqual([429]);
  });
});

describe('the page’s bad input', () => {
  it('says in French, on the form, that a 20 MB file is too large', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 1);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/verifier',
      ...multipart(big, 'badge.png', 'image/png'),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Ce fichier dépasse 2 Mo');
  });
});
