import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/open-badges.js', import.meta.url));
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

describe('the open-badges bin', () => {
  beforeAll(() => {
    // The bin runs the compiled library: build it when dist is missing or older than the sources.
    if (builtTime() < newestSource(`${packageDir}src`)) {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'pipe' });
    }
  }, 120_000);

  it('runs in a child process: unbake prints the JWS, verify exits 1 for an untrusted embedded key', async () => {
    const run = promisify(execFile);
    const unbaked = await run(process.execPath, [bin, 'unbake', png]);
    expect(unbaked.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    // 1EdTech's sample is signed by a key carried in its own JWT header, which verify() does not trust by default.
    const verified = await run(process.execPath, [bin, 'verify', png]).catch(
      (err: unknown) => err as { code: number; stdout: string },
    );
    expect('code' in verified ? verified.code : 0).toBe(1);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: false });
    const misuse = await run(process.execPath, [bin, 'nope']).catch(
      (err: unknown) => err as { code: number; stderr: string },
    );
    expect('code' in misuse ? misuse.code : 0).toBe(2);
  });
});
