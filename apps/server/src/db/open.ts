import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { fromPglite, fromPostgres, ONE_PROCESS_A_QUERY, type Database } from './database.js';
import { lockDataDir } from './lock.js';

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** False: no result is reused across requests, even on PGlite (ADR 0009). */
  resultCache?: boolean;
  /** True: PostgreSQL may give a query parallel workers (bulk loads); the server's reads do not. */
  parallelQueries?: boolean;
}

/** The pool's settings beyond the URL: one process a query unless asked (ADR 0034). */
export const postgresLimits = (config: Pick<DatabaseConfig, 'parallelQueries'>) =>
  config.parallelQueries === true ? {} : ONE_PROCESS_A_QUERY;

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the locked data directory. */
export async function openDatabase(config: DatabaseConfig, command: string): Promise<Database> {
  if (config.databaseUrl) {
    const database = fromPostgres(config.databaseUrl, 10, postgresLimits(config));
    return config.resultCache === false ? { ...database, readVersion: null } : database;
  }
  const release = lockDataDir(config.dataDir, command);
  try {
    const client = await PGlite.create(join(config.dataDir, 'pgdata'));
    const database = fromPglite(client);
    return {
      ...database,
      writes: config.resultCache === false ? null : database.writes,
      close: async () => {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
