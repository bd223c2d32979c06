import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from '../errors/index.js';

export const LOCK_FILE = 'territoires.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
  /** Tells two locks of one pid apart (pid reuse, or a lock taken again by the same process). */
  nonce?: string;
}

/** Enough attempts to wait out another process's takeover (a few milliseconds), never for ever. */
const ATTEMPTS = 200;
const PAUSE_MS = 5;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

const pause = () => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS);
};

/** The raw lock file, or null when it does not exist (any other error is thrown). */
function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

function parse(raw: string): LockOwner | null {
  try {
    const owner = JSON.parse(raw) as Partial<LockOwner> | null;
    return typeof owner?.pid === 'number' && typeof owner.hostname === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

/**
 * Creates `path` holding `content`, atomically: the content is written to a file of our own, then
 * hard-linked to `path`. link() fails if `path` exists, and nobody ever sees a half-written file.
 */
function createWith(path: string, content: string): boolean {
  const temp = `${path}.${randomBytes(8).toString('hex')}.tmp`;
  writeFileSync(temp, content, { mode: 0o600 });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (code(error) === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** `taker`: the pid of the process taking the lock over, when another one is (else 0). */
type Takeover = { kind: 'removed' } | { kind: 'retry'; taker: number } | { kind: 'stuck' };

/**
 * Removes the stale lock whose content is `staleRaw`, unless someone else is already doing so.
 * Only the process that creates the takeover marker named after that exact content may remove it:
 * while it holds the marker, the lock cannot change (its owner is dead, and every other racer needs
 * the same marker), so "still the same content? then unlink" is safe. Racers that lose see the marker,
 * wait, and then find the new owner's lock.
 */
function takeOver(path: string, staleRaw: string): Takeover {
  const id = createHash('sha256').update(staleRaw).digest('hex').slice(0, 16);
  const marker = `${path}.takeover-${id}`;
  const taker = JSON.stringify({ pid: process.pid, hostname: hostname() });
  if (!createWith(marker, taker)) {
    const owner = parse(readRaw(marker) ?? '');
    // A taker that died within those few microseconds leaves the data directory for an operator.
    if (owner !== null && owner.hostname === hostname() && !isAlive(owner.pid))
      return { kind: 'stuck' };
    return { kind: 'retry', taker: owner?.pid ?? 0 };
  }
  try {
    if (readRaw(path) !== staleRaw) return { kind: 'retry', taker: 0 };
    unlinkSync(path);
    return { kind: 'removed' };
  } finally {
    unlinkSync(marker);
  }
}

/**
 * PGlite is one process per data directory: two processes on one directory silently lose data.
 * Every process that opens the directory (server, CLI) takes this exclusive lock first.
 * A lock left by a dead process on this host is taken over, by one process only even when several
 * start at once (ADR 0004).
 */
export function lockDataDir(dataDir: string, command: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command,
    nonce: randomBytes(8).toString('hex'),
  };
  const content = JSON.stringify(mine);
  let taker = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createWith(path, content)) return releaser(path, content);
    const raw = readRaw(path);
    if (raw === null) continue; // Released or taken over meanwhile: try again.
    const owner = parse(raw);
    // Locks are only ever written whole (createWith), so an unreadable one is damaged: an operator decides.
    if (owner === null) throw new DataDirLockedError(dataDir, 0, 'unknown');
    if (owner.hostname !== hostname() || isAlive(owner.pid)) {
      throw new DataDirLockedError(dataDir, owner.pid, owner.command);
    }
    const takeover = takeOver(path, raw);
    if (takeover.kind === 'stuck') throw new DataDirLockedError(dataDir, 0, 'unknown');
    if (takeover.kind === 'retry') {
      taker = takeover.taker;
      pause();
    }
  }
  // Another process has been taking the lock over for too long: name it rather than suggest deleting.
  throw new DataDirLockedError(dataDir, taker, 'taking over a stale lock');
}

function releaser(path: string, content: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Only this process can remove its own live lock, so checking then unlinking is safe.
    if (readRaw(path) === content) unlinkSync(path);
  };
}
