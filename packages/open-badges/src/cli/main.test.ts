import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import type { CliIo } from './main.js';
import { nodeIo } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'open-badges-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const fixtures = new URL('../../test/fixtures/', import.meta.url);
const fixturePath = (name: string): string => new URL(name, fixtures).pathname;

const UNSIGNED = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:5f8d1c9e-3b7a-4c2d-9e1f-0a2b3c4d5e6f',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { type: ['Profile'], name: 'Centre social des Tilleuls' },
  validFrom: '2025-01-15T09:00:00Z',
  name: 'Cuisine partagée',
  credentialSubject: {
    id: 'did:example:learner-7',
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://issuer.example.org/achievements/cooking',
      type: ['Achievement'],
      name: 'Cuisine partagée',
      description: 'A organisé un repas partagé.',
      criteria: { narrative: 'Organiser un repas pour dix voisins.' },
    },
  },
};

/** Node's real file system, with stdout/stderr captured. */
function captured(
  fetch?: CliIo['fetch'],
): CliIo & { out: () => string; bytes: () => Uint8Array; err: () => string } {
  const out: Uint8Array[] = [];
  const err: string[] = [];
  const io = nodeIo();
  return {
    ...io,
    fetch,
    stdout: {
      write: (c: string | Uint8Array) => out.push(typeof c === 'string' ? Buffer.from(c) : c),
    },
    stderr: { write: (c: string) => err.push(c) },
    out: () => Buffer.concat(out).toString('utf8'),
    bytes: () => new Uint8Array(Buffer.concat(out)),
    err: () => err.join(''),
  };
}

async function run(
  argv: string[],
  fetch?: CliIo['fetch'],
): Promise<{ code: number; out: string; bytes: Uint8Array; err: string }> {
  const io = captured(fetch);
  const code = await main(argv, io);
  return { code, out: io.out(), bytes: io.bytes(), err: io.err() };
}

describe('open-badges command line', () => {
  it('exits 2 on misuse, with the usage on stderr', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['verify'],
      ['verify', '--bogus', 'x'],
      ['keygen'],
      ['verify', join(dir, 'missing.json')],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      if (argv.length > 0)
        expect(JSON.parse(result.out), argv.join(' ')).toMatchObject({
          result: 'error',
          error: { code: 'ob.cli.usage' },
        });
    }
    expect((await run(['--help'])).out).toContain('open-badges <command>');
    expect((await run(['frobnicate'])).err).toContain('Unknown command');
  });

  it('verify a presentation with --challenge and --domain (0, 1), a CLR (0); the flags elsewhere are misuse (2)', async () => {
    const vp = fixturePath('independent/vp-valid.json');
    const asked = ['--challenge', 'c-4f1d2e9a', '--domain', 'https://verifier.example'];
    const ok = await run(['verify', vp, ...asked]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ version: 'presentation', result: 'verified' });
    const replay = await run([
      'verify',
      vp,
      '--challenge',
      'c-old',
      '--domain',
      'https://verifier.example',
    ]);
    expect(replay.code).toBe(1);
    expect(JSON.parse(replay.out)).toMatchObject({ result: 'not_verified' });
    const clr = await run(['verify', fixturePath('independent/clr-valid.json')]);
    expect(clr.code).toBe(0);
    expect(JSON.parse(clr.out)).toMatchObject({ version: 'clr-2.0', result: 'verified' });
    const misuse = await run(['verify', fixturePath('independent/valid.json'), '--challenge', 'c']);
    expect(misuse.code).toBe(2);
    expect(JSON.parse(misuse.out)).toMatchObject({ error: { code: 'ob.cli.usage' } });
  });

  it('keygen --algorithm ES256: a P-256 did:key that issues ecdsa-rdfc-2019, verified offline', async () => {
    const keyFile = join(dir, 'p256.key.json');
    expect((await run(['keygen', '--out', keyFile, '--algorithm', 'ES256'])).code).toBe(0);
    expect((await run(['keygen', '--out', join(dir, 'x.json'), '--algorithm', 'RS1'])).code).toBe(
      2,
    );
    const unsignedFile = join(dir, 'unsigned-p256.json');
    writeFileSync(unsignedFile, JSON.stringify(UNSIGNED));
    const issued = await run(['issue', '--key', keyFile, unsignedFile]);
    expect(issued.code).toBe(0);
    const signed = JSON.parse(issued.out) as { proof: { cryptosuite: string }[] };
    expect(signed.proof[0]?.cryptosuite).toBe('ecdsa-rdfc-2019');
    const badgeFile = join(dir, 'badge-p256.json');
    writeFileSync(badgeFile, issued.out);
    expect((await run(['verify', badgeFile])).code).toBe(0);
  });

  it('keygen, issue (did:key issuer), verify offline; tampering fails with exit 1', async () => {
    const keyFile = join(dir, 'issuer.key.json');
    expect((await run(['keygen', '--out', keyFile])).code).toBe(0);
    expect((await run(['keygen', '--out', keyFile])).code).toBe(2); // never overwrites a key
    const unsignedFile = join(dir, 'unsigned.json');
    writeFileSync(unsignedFile, JSON.stringify(UNSIGNED));
    const issued = await run(['issue', '--key', keyFile, unsignedFile]);
    expect(issued.err).toBe('');
    expect(issued.code).toBe(0);
    const signed = JSON.parse(issued.out) as {
      issuer: { id: string };
      proof: { verificationMethod: string }[];
    };
    expect(signed.issuer.id).toMatch(/^did:key:z6Mk/);
    expect(signed.proof[0]?.verificationMethod.startsWith(`${signed.issuer.id}#`)).toBe(true);

    const signedFile = join(dir, 'signed.json');
    writeFileSync(signedFile, issued.out);
    const verified = await run(['verify', signedFile]);
    expect(JSON.parse(verified.out)).toMatchObject({ verified: true });
    expect(verified.code).toBe(0);

    const tamperedFile = join(dir, 'tampered.json');
    writeFileSync(tamperedFile, issued.out.replace('Cuisine partagée', 'Cuisine volée'));
    const tampered = await run(['verify', tamperedFile]);
    expect([tampered.code, (JSON.parse(tampered.out) as { verified: boolean }).verified]).toEqual([
      1,
      false,
    ]);
  });

  it('bake, unbake and verify a baked PNG and SVG', async () => {
    const keyFile = join(dir, 'bake.key.json');
    await run(['keygen', '--out', keyFile]);
    const unsignedFile = join(dir, 'bake-unsigned.json');
    writeFileSync(unsignedFile, JSON.stringify(UNSIGNED));
    const signedFile = join(dir, 'bake-signed.json');
    writeFileSync(signedFile, (await run(['issue', '--key', keyFile, unsignedFile])).out);
    for (const image of ['baked/noise-50k.png', 'baked/plain.svg']) {
      const baked = await run(['bake', signedFile, fixturePath(image)]);
      expect(baked.code).toBe(0);
      const bakedFile = join(dir, `out-${image.split('/')[1] ?? ''}`);
      writeFileSync(bakedFile, baked.bytes);
      const unbaked = await run(['unbake', bakedFile]);
      expect(unbaked.out).toBe(`${readFileSync(signedFile, 'utf8').trim()}\n`);
      expect((await run(['verify', bakedFile])).code).toBe(0);
    }
    expect((await run(['unbake', fixturePath('baked/noise-50k.png')])).err).toContain(
      'ob.bake.no_credential',
    );
  });

  it('issue --issuer-url binds the key to an https issuer', async () => {
    const keyFile = join(dir, 'url.key.json');
    await run(['keygen', '--out', keyFile]);
    const unsignedFile = join(dir, 'url-unsigned.json');
    writeFileSync(unsignedFile, JSON.stringify(UNSIGNED));
    const issued = await run([
      'issue',
      '--key',
      keyFile,
      '--issuer-url',
      'https://issuer.example.org/profile',
      unsignedFile,
    ]);
    expect(issued.code).toBe(0);
    const signed = JSON.parse(issued.out) as {
      issuer: { id: string };
      proof: { verificationMethod: string }[];
    };
    expect(signed.issuer.id).toBe('https://issuer.example.org/profile');
    expect(signed.proof[0]?.verificationMethod).toMatch(
      /^https:\/\/issuer\.example\.org\/profile#z6Mk/,
    );
    // Offline, the https key cannot be resolved: indeterminate (exit 3), never verified, no network reached.
    const signedFile = join(dir, 'url-signed.json');
    writeFileSync(signedFile, issued.out);
    const offline = await run(['verify', signedFile]);
    expect([offline.code, (JSON.parse(offline.out) as { result: string }).result]).toEqual([
      3,
      'indeterminate',
    ]);
  });

  it('verifies an OB 2.0 hosted assertion only with --allow-network, through the injected fetch', async () => {
    const site: Record<string, string> = {
      'https://issuer.example.org/issuer.json': 'issuer.json',
      'https://issuer.example.org/badges/cooking.json': 'badgeclass.json',
      'https://issuer.example.org/assertions/1.json': 'assertion-hosted.json',
      'https://issuer.example.org/revocations.json': 'revocations.json',
    };
    const requested: string[] = [];
    const fetch = ((url: string) => {
      requested.push(url);
      const file = site[url];
      const body = file === undefined ? '' : readFileSync(fixturePath(`ob2/${file}`), 'utf8');
      return Promise.resolve(new Response(body, { status: file === undefined ? 404 : 200 }));
    }) satisfies CliIo['fetch'];
    const assertion = fixturePath('ob2/assertion-hosted.json');
    const offline = await run(['verify', assertion], fetch);
    expect([offline.code, requested]).toEqual([3, []]);
    expect(offline.out).toContain('ob.ob2.network_disabled');
    const online = await run(['verify', '--allow-network', assertion], fetch);
    expect(JSON.parse(online.out)).toMatchObject({ version: '2.0', verified: true });
    expect(online.code).toBe(0);
  });
});
