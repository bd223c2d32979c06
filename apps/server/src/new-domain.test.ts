import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Issue 8's promise: a new domain costs its folders, one entry in each of the three domain lists and
// its migration. The scaffold (scripts/new-domain.mjs) runs on a throwaway copy of this checkout
// (its tracked and new files, as they are now), never on the real tree; git in the copy counts what
// it touched. Heavy (about a minute, most of it in tsc): the copy is typechecked too.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const NAME = 'scaffold-probe';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    encoding: 'utf8',
  });

/** The checkout's files (tracked or new, not ignored), copied into a fresh repository. */
function throwawayCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'tp-new-domain-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  // Dependencies by link, except the workspace links, which must point into the copy.
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    const from = join(ROOT, 'node_modules', entry);
    if (entry === '@territoires')
      cpSync(from, join(copy, 'node_modules', entry), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(from, join(copy, 'node_modules', entry));
  }
  for (const workspace of [
    'apps/server',
    'apps/web',
    'packages/contracts',
    'packages/open-badges',
  ]) {
    const modules = join(ROOT, workspace, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, join(copy, workspace, 'node_modules'));
  }
  git(copy, 'init', '-q');
  appendFileSync(join(copy, '.git', 'info', 'exclude'), 'node_modules\n');
  git(copy, 'add', '-A');
  git(copy, 'commit', '-q', '-m', 'before the scaffold');
  return copy;
}

let copy = '';
let touched: string[];

beforeAll(() => {
  copy = throwawayCopy();
  execFileSync('node', ['scripts/new-domain.mjs', NAME], { cwd: copy, stdio: 'pipe' });
  touched = git(copy, 'status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(3));
}, 120_000);

afterAll(() => {
  if (copy !== '') rmSync(copy, { recursive: true, force: true });
});

const OWN = [
  `packages/contracts/src/${NAME}.ts`,
  `apps/server/src/${NAME}/`,
  `apps/web/src/${NAME}/`,
];
const MIGRATIONS = 'apps/server/drizzle/';

// Nothing here touches a database; it runs in both passes all the same, since CI skips nothing.
describe('a new domain from the scaffold', () => {
  it('writes its three folders', () => {
    for (const own of OWN)
      expect(
        touched.some((file) => file.startsWith(own)),
        own,
      ).toBe(true);
  });

  it('touches at most three files outside its folders, plus its migration', () => {
    const outside = touched.filter(
      (file) => !OWN.some((own) => file.startsWith(own)) && !file.startsWith(MIGRATIONS),
    );
    expect(outside.sort()).toEqual([
      'apps/server/src/app.ts',
      'apps/web/src/domains.ts',
      'packages/contracts/src/api.ts',
    ]);
  });

  it('migrates its own table and nothing else', () => {
    const sql = touched.filter((file) => file.startsWith(MIGRATIONS) && file.endsWith('.sql'));
    expect(sql).toHaveLength(1);
    const statements = readFileSync(join(copy, sql[0] ?? ''), 'utf8');
    expect(statements).toContain('CREATE TABLE "scaffold_probe_items"');
    expect(statements.match(/CREATE TABLE/g)).toHaveLength(1);
    expect(statements).not.toMatch(/DROP|ALTER TABLE "(?!scaffold_probe_items)/);
  });

  it('typechecks (contracts and server)', () => {
    for (const workspace of ['packages/contracts', 'apps/server']) {
      const tsc = spawnSync('npx', ['tsc', '-p', workspace, '--noEmit'], {
        cwd: copy,
        encoding: 'utf8',
      });
      expect(tsc.status, `${workspace}: ${tsc.stdout}${tsc.stderr}`).toBe(0);
    }
  }, 240_000);
});
