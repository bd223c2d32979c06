import { sql } from 'drizzle-orm';
import type { Database, Db } from './database.js';
import { cachedRead, READ_CACHE_MS } from './read-cache.js';

// A few MiB at most. Cleared when full (every entry dies at the next write of a watched table anyway).
const MAX_ENTRIES = 1_000;

interface Entry {
  version: number;
  at: number;
  /** Shared by the requests that arrive while it is computed: one computation for all of them. */
  value: Promise<unknown>;
}

/**
 * Results reused while `read_versions` reads the same version (ADR 0028). The version is read before
 * the computation, and every write to a watched table bumps it in its own transaction: a result
 * tagged n saw at least everything committed at n, and whatever commits later moves the version on.
 */
class VersionCache {
  readonly #entries = new Map<string, Entry>();
  constructor(private readonly readVersion: () => Promise<number>) {}

  async get<T>(
    key: string,
    now: number,
    compute: () => Promise<T>,
    keep: (value: T) => boolean,
  ): Promise<T> {
    const version = await this.readVersion();
    const entry = this.#entries.get(key);
    if (entry && entry.version === version && now >= entry.at && now - entry.at < READ_CACHE_MS)
      return entry.value as Promise<T>;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    const value = compute();
    const fresh: Entry = { version, at: now, value };
    this.#entries.set(key, fresh);
    const forget = () => {
      if (this.#entries.get(key) === fresh) this.#entries.delete(key);
    };
    value.then((result) => {
      if (!keep(result)) forget();
    }, forget);
    return value;
  }
}

const caches = new WeakMap<() => Promise<number>, VersionCache>();

/**
 * A read of our own data (a share page, one of our documents, the verification of one of our
 * credentials): on PGlite, ADR 0009's cache (this process counts every write); on PostgreSQL, reused
 * while the shared version has not moved and for one second at most (ADR 0028); else computed every
 * time. `keep` says whether a computed result may be reused on PostgreSQL: a verification that read
 * an outside issuer's documents may not (nothing bumps our version when they change).
 */
export function cachedOwnRead<T>(
  database: Database,
  key: string,
  now: Date,
  compute: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
): Promise<T> {
  if (database.writes) return cachedRead(database, key, now, compute);
  const { readVersion } = database;
  if (!readVersion) return compute();
  let cache = caches.get(readVersion);
  if (!cache) {
    cache = new VersionCache(readVersion);
    caches.set(readVersion, cache);
  }
  return cache.get(key, now.getTime(), compute, keep);
}

/**
 * For what changes outside the watched tables (the keyring's files): forgets, in every process, the
 * results computed before. A write like any other: on PGlite it bumps the process's counter too.
 */
export async function bumpReadVersion(db: Db): Promise<void> {
  await db.execute(sql`update read_versions set version = version + 1 where id = 1`);
}
