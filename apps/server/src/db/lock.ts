import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from '../errors/index.js';

export const LOCK_FILE = 'territoires.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/**
 * PGlite is one process per data directory: two processes on one directory silently lose data.
 * Every process that opens the directory (server, CLI) takes this exclusive lock first.
 * A lock left by a dead process on this host is taken over.
 */
export function lockDataDir(dataDir: string, command: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      const owner: LockOwner = {
        pid: process.pid,
        hostname: hostname(),
        startedAt: new Date().toISOString(),
        command,
      };
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readOwner(path)?.pid === process.pid) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      const stale = owner !== null && owner.hostname === hostname() && !isAlive(owner.pid);
      if (!stale && owner !== null) throw new DataDirLockedError(dataDir, owner.pid, owner.command);
      if (owner === null && attempt === 0) {
        // A lock being written right now by another process reads as empty: treat it as held.
        throw new DataDirLockedError(dataDir, 0, 'unknown');
      }
      unlinkSync(path);
    }
  }
  throw new DataDirLockedError(dataDir, 0, 'unknown');
}
