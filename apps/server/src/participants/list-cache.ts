import type { ParticipantList } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import type { WriteCounter } from '../db/writes.js';
import type { ListFilters } from './repository.js';

/**
 * How long a list page may be reused when nothing was written: the alert flags depend on the time
 * of day (no event for 45 days), so a page is at most this much older than the request.
 */
export const LIST_CACHE_MS = 1_000;
// About 15 kB a page of 50: a few MiB at most. Cleared when full (every entry dies at the next write anyway).
const MAX_ENTRIES = 500;

interface Entry {
  generation: number;
  at: number;
  /** Shared by the requests that arrive while it is computed: one query for all of them. */
  list: Promise<ParticipantList>;
}

/** List pages of one database, reused until its next write (ADR 0009). */
class ListCache {
  readonly #entries = new Map<string, Entry>();
  constructor(private readonly writes: WriteCounter) {}

  get(key: string, now: number, compute: () => Promise<ParticipantList>): Promise<ParticipantList> {
    const entry = this.#entries.get(key);
    const generation = this.writes.generation;
    if (
      entry &&
      entry.generation === generation &&
      now >= entry.at &&
      now - entry.at < LIST_CACHE_MS
    )
      return entry.list;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    // Tagged with the generation read before the query: a write that commits meanwhile bumps it, so
    // this result is not reused even if the query ran before that write.
    const list = compute();
    const fresh: Entry = { generation, at: now, list };
    this.#entries.set(key, fresh);
    list.catch(() => {
      if (this.#entries.get(key) === fresh) this.#entries.delete(key);
    });
    return list;
  }
}

const caches = new WeakMap<WriteCounter, ListCache>();

/**
 * Who sees what: coordination sees every participant and every file, so all its members share one
 * scope; anyone else's list depends on their own id (team) and organisations and roles.
 */
function scopeOf(actor: Actor): string {
  if (isCoordination(actor)) return 'coordination';
  const roles = actor.memberships.map((m) => `${m.organisationId}:${m.role}`).sort();
  return `${actor.staffId}|${roles.join(',')}`;
}

/** Every filter is part of the key, including any added later. */
export function listKey(actor: Actor, filters: ListFilters): string {
  const set = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([scopeOf(actor), set]);
}

/** The list page from the cache when the database allows it (PGlite), else computed every time. */
export function cachedList(
  database: Database,
  key: string,
  now: Date,
  compute: () => Promise<ParticipantList>,
): Promise<ParticipantList> {
  const writes = database.writes;
  if (!writes) return compute();
  let cache = caches.get(writes);
  if (!cache) {
    cache = new ListCache(writes);
    caches.set(writes, cache);
  }
  return cache.get(key, now.getTime(), compute);
}
