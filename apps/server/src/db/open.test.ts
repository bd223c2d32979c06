import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { fromPostgres } from './database.js';
import { postgresLimits } from './open.js';

// pg's own reading of a client's settings, the URL's included (not yet connected).
const optionsOf = (url: string, parallelQueries?: boolean) =>
  (
    new pg.Client({
      connectionString: url,
      ...postgresLimits({ parallelQueries }),
    }) as unknown as { connectionParameters: { options?: string } }
  ).connectionParameters.options;

describe('the server’s PostgreSQL connections (ADR 0034)', () => {
  it('run a query on one process, unless asked or the URL says otherwise', () => {
    const url = 'postgres://app@db.example:5432/territoires';
    expect(optionsOf(url)).toBe('-c max_parallel_workers_per_gather=0');
    expect(optionsOf(url, true)).toBeUndefined();
    const own = `${url}?options=${encodeURIComponent('-c max_parallel_workers_per_gather=4')}`;
    expect(optionsOf(own)).toBe('-c max_parallel_workers_per_gather=4');
  });

  it('PostgreSQL applies it (on the run’s server, when the tests run on PostgreSQL)', async () => {
    const template = inject('databaseTemplate');
    const servers = template.kind === 'postgres' ? [template.url] : [];
    for (const url of servers) {
      for (const [parallelQueries, expected] of [
        [false, '0'],
        [true, undefined],
      ] as const) {
        const database = fromPostgres(url, 1, postgresLimits({ parallelQueries }));
        try {
          const [row] = await database.db
            .select({ setting: sql<string>`current_setting('max_parallel_workers_per_gather')` })
            .from(sql`(values (1)) as one (x)`);
          const shown = row?.setting;
          if (expected) expect(shown).toBe(expected);
          else expect(shown).not.toBe('0');
        } finally {
          await database.close();
        }
      }
    }
  });
});
