import type { Database } from './database.js';
import type { WriteCounter } from './writes.js';

/**
 * How long a result may be reused when nothing was written: some answers depend on the time of day
 * (the inactivity alert, "this week", sessions still to come), so a result is at most this much older
 * than the request.
 */
export const READ_CACHE_MS = 1_000;
// A few MiB at most. Cleared when full (every entry dies at the next write anyway).
const MAX_ENTRIES = 500;

interface Entry {
  generation: number;
  at: number;
  /** Shared by the requests that arrive while it is computed: one query for all of them. */
  value: Promise<unknown>;
}

/** Results of one database, reused until its next write (ADR 0009). */
class ReadCache {
  readonly #entries = new Map<string, Entry>();
  constructor(private readonly writes: WriteCounter) {}

  get<T>(key: string, now: number, compute: () => Promise<T>): Promise<T> {
    const entry = this.#entries.get(key);
    const generation = this.writes.generation;
    if (
      entry &&
      entry.generation === generation &&
      now >= entry.at &&
      now - entry.at < READ_CACHE_MS
    )
      return entry.value as Promise<T>;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    // Tagged with the generation read before the query: a write that commits meanwhile bumps it, so
    // this result is not reused even if the query ran before that write.
    const value = compute();
    const fresh: Entry = { generation, at: now, value };
    this.#entries.set(key, fresh);
    value.catch(() => {
      if (this.#entries.get(key) === fresh) this.#entries.delete(key);
    });
    return value;
  }
}

const caches = new WeakMap<WriteCounter, ReadCache>();

/**
 * A read's result from the cache when the database allows it (PGlite: this process is the only
 * writer and counts its writes), else computed every time. The key must hold everything the result
 * depends on but the data and the time: the reader's scope and every filter.
 */
export function cachedRead<T>(
  database: Database,
  key: string,
  now: Date,
  compute: () => Promise<T>,
): Promise<T> {
  const writes = database.writes;
  if (!writes) return compute();
  let cache = caches.get(writes);
  if (!cache) {
    cache = new ReadCache(writes);
    caches.set(writes, cache);
  }
  return cache.get(key, now.getTime(), compute);
}

/** A stable key from a kind of read, a scope and filters (undefined filters left out, names sorted). */
export function readKey(kind: string, scope: string, filters: object): string {
  const set = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([kind, scope, set]);
}
