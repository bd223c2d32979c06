import type { ParticipantDetail, Session } from '@territoires/contracts';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../errors/index.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { freePort, runCli, waitFor, type CliProcess } from '../test-support/processes.js';
import { LOCK_FILE, lockDataDir } from './lock.js';
import { openDatabase } from './open.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const owner = (dir: string) =>
  JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; command: string };
const writeLock = (dir: string, content: string) => {
  writeFileSync(join(dir, LOCK_FILE), content);
};
/** The pid of a process that has exited. */
const deadPid = (): number => {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('no pid');
  return pid;
};

describe('lockDataDir', () => {
  it('refuses a second lock in the same process, and allows it once released', () => {
    const dir = tempDir();
    const release = lockDataDir(dir, 'territoires serve');
    let error: unknown;
    try {
      lockDataDir(dir, 'territoires migrate');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect(error).toMatchObject({ pid: process.pid, command: 'territoires serve' });
    expect((error as Error).message).toContain(`in use by another process (pid ${process.pid}`);
    release();
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir, 'again')();
  });

  it('takes over a lock left by a dead process on this host', () => {
    const dir = tempDir();
    const dead = deadPid();
    writeLock(
      dir,
      JSON.stringify({ pid: dead, hostname: hostname(), command: 'territoires serve' }),
    );
    const release = lockDataDir(dir, 'territoires migrate');
    expect(owner(dir)).toMatchObject({ pid: process.pid, command: 'territoires migrate' });
    release();
  });

  it('does not take over a lock from another host, which it cannot check', () => {
    const dir = tempDir();
    writeLock(dir, JSON.stringify({ pid: deadPid(), hostname: 'elsewhere', command: 'serve' }));
    expect(() => lockDataDir(dir, 'territoires serve')).toThrow(DataDirLockedError);
    expect(owner(dir).command).toBe('serve');
  });

  it('leaves a stale lock alone while a takeover by a process that died meanwhile is in the way', () => {
    const dir = tempDir();
    const stale = JSON.stringify({ pid: deadPid(), hostname: hostname(), command: 'serve' });
    writeLock(dir, stale);
    const id = createHash('sha256').update(stale).digest('hex').slice(0, 16);
    const taker = JSON.stringify({ pid: deadPid(), hostname: hostname() });
    writeFileSync(join(dir, `${LOCK_FILE}.takeover-${id}`), taker);
    expect(() => lockDataDir(dir, 'territoires serve')).toThrow(/delete that file/);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(stale);
    // The operator deletes the lock, as the message says: the next start takes it.
    rmSync(join(dir, LOCK_FILE));
    lockDataDir(dir, 'territoires serve')();
  });

  it('waits for a live process taking a stale lock over, then names it', () => {
    const dir = tempDir();
    const stale = JSON.stringify({ pid: deadPid(), hostname: hostname(), command: 'serve' });
    writeLock(dir, stale);
    const id = createHash('sha256').update(stale).digest('hex').slice(0, 16);
    const taker = JSON.stringify({ pid: process.pid, hostname: hostname() });
    writeFileSync(join(dir, `${LOCK_FILE}.takeover-${id}`), taker);
    expect(() => lockDataDir(dir, 'territoires serve')).toThrow(
      `in use by another process (pid ${process.pid}, "taking over a stale lock")`,
    );
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(stale);
  });

  it('treats an unreadable lock as held and says which file to delete', () => {
    const dir = tempDir();
    writeLock(dir, '');
    expect(() => lockDataDir(dir, 'territoires serve')).toThrow(/delete that file/);
  });
});

describe('a second process on the same data directory', () => {
  const stop = async (cli: CliProcess) => {
    cli.child.kill('SIGTERM');
    return cli.exited;
  };

  it('exits 1 with a clear message, and no data is lost', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const env = (port: number) => ({ DATA_DIR: dir, PORT: String(port), HOST: '127.0.0.1' });
    // Someone to log in as, written before any server runs (closing releases the lock).
    const setup = await openDatabase({ dataDir: dir }, 'test setup');
    await setup.migrate();
    const staff = await makeStaff(setup.db, {
      role: 'referent',
      organisationId: (await makeOrganisation(setup.db)).id,
    });
    await setup.close();

    const port = await freePort();
    const base = `http://127.0.0.1:${port}/api`;
    const first = runCli(['serve'], env(port));
    let created: ParticipantDetail;
    try {
      await waitFor(first, 'Territoires Partagés');
      expect(owner(dir).pid).toBe(first.child.pid);
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: staff.email, password: staff.password }),
      });
      const { csrfToken } = (await login.json()) as Session;
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const res = await fetch(`${base}/participants`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          pseudonym: 'Persistant',
          referralSource: 'self',
          territory: 'colombelles',
        }),
      });
      expect(res.status).toBe(201);
      created = (await res.json()) as ParticipantDetail;

      // A second server is refused the same way (same code path: openDatabase); the CLI is enough here.
      const migrate = runCli(['migrate'], env(port));
      expect(await migrate.exited).toBe(1);
      expect(migrate.stderr()).toContain(`is in use by another process (pid ${first.child.pid}`);
      expect(migrate.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      expect(await stop(first)).toBe(0);
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const restarted = runCli(['serve'], env(port));
    try {
      await waitFor(restarted, 'Territoires Partagés');
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: staff.email, password: staff.password }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const res = await fetch(`${base}/participants/${created.id}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ pseudonym: 'Persistant', version: created.version });
    } finally {
      expect(await stop(restarted)).toBe(0);
    }
  });
});
