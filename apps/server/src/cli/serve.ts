import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { localFileStorage } from '../files/storage.js';
import { isEmpty, seedDemo } from '../seed/demo.js';

/** Starts the HTTP server; stops cleanly (closing the database and its lock) on SIGINT/SIGTERM. */
export async function serve(
  config: Config,
  options: { demo: boolean; log: (line: string) => void },
): Promise<void> {
  const database = await openDatabase(config, 'territoires serve');
  try {
    await database.migrate();
    if (options.demo && (await isEmpty(database))) {
      options.log('Empty database: loading the demo consortium (first start only)…');
      await seedDemo(database, new Date());
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({
    services: { database, clock: () => new Date(), files: localFileStorage(config.filesDir) },
    version: config.version,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
  });
  const stop = async (): Promise<void> => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  if (config.publicUrlDefaulted)
    options.log(
      `PUBLIC_URL is not set: links and QR codes point to ${config.publicUrl}. Set PUBLIC_URL to the address participants' phones reach.`,
    );
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
  options.log(
    `Territoires Partagés ${config.version} on http://localhost:${config.port} (${where})`,
  );
}
