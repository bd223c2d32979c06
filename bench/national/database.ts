import type { Database } from '../../apps/server/src/db/database.js';
import { openDatabase } from '../../apps/server/src/db/open.js';
import { DEFAULT_PROGRAMME } from '../../apps/server/src/indicators/programme.js';

/** The periods the national benches time: a calendar year, and the programme's three years. */
export const NATIONAL_PERIODS = {
  year: { from: '2022-01-01', to: '2022-12-31' },
  threeYears: { from: DEFAULT_PROGRAMME.start, to: '2023-10-31' },
};

/**
 * The national dataset's database, migrated: PostgreSQL from DATABASE_URL, else PGlite in
 * `--data-dir`; neither, the command stops with exit 2 and says what to set. No result is reused
 * across calls (ADR 0009), so that a bench times the queries. The benches read as the server does,
 * a query on one process (ADR 0034); the generator's bulk statements may take parallel workers.
 */
export async function openNationalDatabase(
  dataDir: string | undefined,
  command: string,
  { parallelQueries = false } = {},
): Promise<Database> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl && !dataDir) {
    console.error('Set DATABASE_URL (PostgreSQL) or --data-dir (PGlite).');
    process.exit(2);
  }
  const database = await openDatabase(
    { databaseUrl, dataDir: dataDir ?? '', resultCache: false, parallelQueries },
    command,
  );
  await database.migrate();
  return database;
}
