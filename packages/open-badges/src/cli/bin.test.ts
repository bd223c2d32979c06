import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const binPath = fileURLToPath(new URL('../../bin/open-badges.js', import.meta.url));
const built = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const png = fileURLToPath(new URL('../../test/fixtures/baked/simple-jwt.png', import.meta.url));

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = `${dir}/${entry.name}`;
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

function builtTime(): number {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return 0;
  }
}

beforeAll(() => {
  // The bin and the package run the compiled library: build it when dist is missing or older than the sources.
  if (builtTime() < newestSource(`${packageDir}src`)) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'pipe' });
  }
}, 120_000);

const independent = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/independent/${name}`, import.meta.url));

/** Runs the bin in a child process: exit code and stdout, whatever the code. */
async function bin(args: string[]): Promise<{ code: number; stdout: string }> {
  const run = promisify(execFile);
  try {
    const { stdout } = await run(process.execPath, [binPath, ...args]);
    return { code: 0, stdout };
  } catch (err) {
    const failed = err as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}
describe('the open-badges bin', () => {
  it('exits 0 verified, 1 not verified, 2 misuse, 3 indeterminate, always printing a JSON result', async () => {
    // Fixtures made by test-fixtures/generate.mjs (digitalbazaar): a did:key credential, the same with its name
    // changed, and one whose revocation status needs a list that may not be fetched.
    const cases: [string[], number, string][] = [
      [['verify', independent('valid.json')], 0, 'verified'],
      [['verify', independent('tampered-name.json')], 1, 'not_verified'],
      [['verify', independent('status-revoked.json')], 3, 'indeterminate'],
      [['verify', independent('missing.json')], 2, 'error'],
      [['verify', '--bogus', independent('valid.json')], 2, 'error'],
    ];
    for (const [args, code, result] of cases) {
      const out = await bin(args);
      expect([args.join(' '), out.code]).toEqual([args.join(' '), code]);
      expect(JSON.parse(out.stdout)).toMatchObject({ result });
    }
  }, 60_000);

  it('runs in a child process: unbake prints the JWS, verify exits 1 for an untrusted embedded key', async () => {
    const unbaked = await bin(['unbake', png]);
    expect(unbaked.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    // 1EdTech's sample is signed by a key carried in its own JWT header, which verify() does not trust by default.
    const verified = await bin(['verify', png]);
    expect(verified.code).toBe(1);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: false, result: 'not_verified' });
    expect((await bin(['nope'])).code).toBe(2);
  }, 30_000);
});

// What another project gets: the compiled package, imported by name from a plain Node process (no tsx, no
// `source` condition), from another workspace of the repository.
const IN_PLAIN_NODE = `
const ob = await import('@territoires/open-badges');
const key = await ob.generateIssuerKey();
const subject = ob.buildAchievementSubject({
  id: 'did:example:learner-1',
  achievement: ob.buildAchievement({
    id: 'https://example.org/achievements/1', name: 'Accueil', description: 'Accueil', criteria: { narrative: 'Venir.' },
  }),
});
const unsigned = ob.buildCredential({
  id: 'urn:uuid:0b7d2f0e-8a51-4c1b-9a0e-2d9c1f3e4a5b', issuer: ob.buildProfile({ id: key.controller, name: 'Issuer' }),
  validFrom: '2025-01-15T09:00:00Z', name: 'Accueil', credentialSubject: subject,
});
const signed = await ob.issueCredential(unsigned, { key });
const result = await ob.verify(signed);
const tampered = await ob.verify({ ...signed, name: 'Autre' });
const jwtKey = await ob.generateIssuerKey({ controller: 'https://example.org/issuer', algorithm: 'ES256' });
const token = await ob.signJwt({ ...unsigned, issuer: ob.buildProfile({ id: jwtKey.controller, name: 'Issuer' }) }, { key: jwtKey });
const profile = ob.buildIssuerProfile(ob.buildProfile({ id: jwtKey.controller, name: 'Issuer' }), [jwtKey]);
const jwt = await ob.verify(token, { fetchJson: async () => profile });
console.log(JSON.stringify({ verified: result.verified, tampered: tampered.verified, jwt: jwt.verified, main: import.meta.resolve('@territoires/open-badges') }));
`;

describe('the built package', () => {
  it('issues and verifies from dist in a plain Node process', async () => {
    const run = promisify(execFile);
    const serverDir = fileURLToPath(new URL('../../../../apps/server/', import.meta.url));
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', IN_PLAIN_NODE], {
      cwd: serverDir,
    });
    const out = JSON.parse(stdout) as {
      verified: boolean;
      tampered: boolean;
      jwt: boolean;
      main: string;
    };
    expect(out).toMatchObject({ verified: true, tampered: false, jwt: true });
    expect(out.main).toMatch(/packages\/open-badges\/dist\/index\.js$/);
  }, 60_000);
});
