import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WRAPPER = fileURLToPath(new URL('../../bin/territoires', import.meta.url));

/**
 * The installed command (and `npm start`) sets glibc's malloc settings before node starts (ADR 8):
 * a `node` of our own, first on the PATH, tells what the wrapper handed it.
 */
function run(env: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tp-wrapper-'));
  const fakeNode = join(dir, 'node');
  writeFileSync(
    fakeNode,
    '#!/bin/sh\necho "arenas=$MALLOC_ARENA_MAX mmap=$MALLOC_MMAP_THRESHOLD_ args=$*"\n',
  );
  chmodSync(fakeNode, 0o755);
  const { MALLOC_ARENA_MAX: _a, MALLOC_MMAP_THRESHOLD_: _m, ...rest } = process.env;
  try {
    return execFileSync(WRAPPER, ['serve', '--no-demo'], {
      env: { ...rest, ...env, PATH: `${dir}:${process.env.PATH ?? ''}` },
      encoding: 'utf8',
    }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bin/territoires', () => {
  it('starts node with two malloc arenas and large blocks in their own mappings', () => {
    expect(run()).toBe(
      `arenas=2 mmap=131072 args=${fileURLToPath(new URL('../../bin/territoires.js', import.meta.url))} serve --no-demo`,
    );
  });

  it('leaves settings the caller gave alone', () => {
    expect(run({ MALLOC_ARENA_MAX: '4' })).toMatch(/^arenas=4 mmap=131072 /);
  });
});
