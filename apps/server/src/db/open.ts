import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';
import { fromPglite, fromPostgres, type Database } from './database.js';
import { lockDataDir } from './lock.js';

export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** False: no result is reused across requests, even on PGlite (ADR 0009). */
  resultCache?: boolean;
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the locked data directory. */
export async function openDatabase(config: DatabaseConfig, command: string): Promise<Database> {
  if (config.databaseUrl) {
    const database = fromPostgres(config.databaseUrl);
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
