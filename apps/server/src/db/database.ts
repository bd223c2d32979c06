import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema.js';
import { countWrites, WriteCounter } from './writes.js';

/** Same depth from src/db and dist/db, so the path holds in tests and in production. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /**
   * Bumped after every write, where this process is the only writer (PGlite): lets a result be reused
   * until the data changes. Null when nothing may be reused: on PostgreSQL, where other instances may
   * write, and with RESULT_CACHE=off.
   */
  writes: WriteCounter | null;
  /**
   * The version every writer bumps at commit (`read_versions`, ADR 0028): lets a share page and our own
   * credentials' verifications be reused across processes until the data they read changes. PostgreSQL
   * only (PGlite has `writes`); null with RESULT_CACHE=off.
   */
  readVersion: (() => Promise<number>) | null;
  /** Applies the forward-only SQL migrations in apps/server/drizzle. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export function fromPglite(client: PGlite): Database {
  const writes = new WriteCounter();
  const raw = drizzlePglite(countWrites(client, writes), { schema });
  return {
    db: raw,
    kind: 'pglite',
    writes,
    readVersion: null,
    migrate: () => migratePglite(raw, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

/**
 * The server's connections run each query on one process (ADR 0034): a request already reads its
 * parts side by side, one connection each, and on a small server a query's parallel workers only
 * compete with them (the national dashboard: 1.04 s to 0.80 s). An `options` in DATABASE_URL wins.
 */
export const ONE_PROCESS_A_QUERY: pg.PoolConfig = {
  options: '-c max_parallel_workers_per_gather=0',
};

export function fromPostgres(url: string, max = 10, limits: pg.PoolConfig = {}): Database {
  // A pool that cannot get a connection fails after 10 s instead of waiting for ever.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 10_000,
    ...limits,
  });
  // An idle connection can be cut by the server (restart, admin termination). pg drops it from the
  // pool and opens a new one on the next query; without a listener the error would kill the process.
  pool.on('error', () => undefined);
  const raw = drizzlePg(pool, { schema });
  return {
    db: raw,
    kind: 'postgres',
    writes: null,
    // A named statement: parsed once per connection.
    readVersion: async () => {
      const { rows } = await pool.query<{ version: string }>({
        name: 'read-version',
        text: 'select version from read_versions where id = 1',
      });
      // No row (migration not applied): NaN equals nothing, so nothing is reused.
      return rows[0] ? Number(rows[0].version) : Number.NaN;
    },
    migrate: () => migratePg(raw, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pool.end(),
  };
}
