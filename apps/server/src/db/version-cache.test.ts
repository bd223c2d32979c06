import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTestDatabase } from '../test-support/database.js';
import type { Database } from './database.js';
import { bumpReadVersion, cachedOwnRead } from './version-cache.js';

let database: Database;
beforeAll(async () => {
  database = await cloneTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** A computation that counts its runs. */
function counted(): { runs: () => number; compute: () => Promise<number> } {
  let runs = 0;
  return {
    runs: () => runs,
    compute: () => {
      runs += 1;
      return Promise.resolve(runs);
    },
  };
}

const at = (ms: number) => new Date(Date.UTC(2026, 2, 15, 10) + ms);

describe('cachedOwnRead (ADR 0028; ADR 0009 on PGlite)', () => {
  it('reuses a result until the version moves, and for one second at most', async () => {
    const { runs, compute } = counted();
    await cachedOwnRead(database, 'a', at(0), compute);
    await cachedOwnRead(database, 'a', at(500), compute);
    expect(runs()).toBe(1);
    await bumpReadVersion(database.db);
    await cachedOwnRead(database, 'a', at(600), compute);
    expect(runs()).toBe(2);
    await cachedOwnRead(database, 'a', at(1_700), compute);
    expect(runs()).toBe(3);
  });

  it('on PostgreSQL keeps nothing that its caller says may not be kept (an outside issuer read)', async () => {
    if (database.kind !== 'postgres') return;
    const { runs, compute } = counted();
    const never = () => false;
    await cachedOwnRead(database, 'b', at(0), compute, never);
    await cachedOwnRead(database, 'b', at(1), compute, never);
    expect(runs()).toBe(2);
  });

  it('on PostgreSQL with RESULT_CACHE=off computes every time', async () => {
    if (database.kind !== 'postgres') return;
    const { runs, compute } = counted();
    const off = { ...database, readVersion: null };
    await cachedOwnRead(off, 'c', at(0), compute);
    await cachedOwnRead(off, 'c', at(1), compute);
    expect(runs()).toBe(2);
  });
});
