import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { fixIssuerOrigin } from '../badges/index.js';
import { openDatabase } from '../db/open.js';
import { programmeFromEnv, pseudonymKeyFor } from '../indicators/index.js';
import { loadMasterKey } from '../keys/master-key.js';
import { openKeyring } from '../keys/keyring.js';
import { localFileStorage } from '../files/storage.js';
import { smtpMailer } from '../mail/mailer.js';
import { DEMO_PARTICIPANTS, isEmpty, seedDemo } from '../seed/demo.js';
import { DEMO_PASSWORD, ORGANISATIONS, STAFF } from '../seed/personas.js';
import type { Database } from '../db/database.js';
import { CliError } from './errors.js';

/**
 * --demo: an empty database gets the demo consortium. With PGlite (the quick start) a database that
 * has data is kept as it is, so `npm start` twice is the same demo; on a PostgreSQL server --demo
 * needs an empty database, so that nobody loads fictional people into real data by a typo.
 */
async function loadDemo(
  database: Database,
  log: (line: string) => void,
  badges: Parameters<typeof seedDemo>[3],
): Promise<void> {
  if (!(await isEmpty(database))) {
    if (database.kind !== 'pglite')
      throw new CliError(
        '--demo needs an empty database: this PostgreSQL database already has data. Drop --demo to serve it.',
      );
    log('The database already has data: the demo is not loaded again.');
    return;
  }
  log(
    `Empty database: loading the demo consortium: ${ORGANISATIONS.length} organisations, ` +
      `${STAFF.length} staff accounts (password ${DEMO_PASSWORD}), ${DEMO_PARTICIPANTS} fictional participants with three years of history…`,
  );
  await seedDemo(database, new Date(), undefined, badges);
}

/**
 * The issuers' keyring (ADR 0019), before the database is touched: a start refused for want of a
 * master key changes nothing. Embedded PGlite (the demo, one machine) makes its own master key.
 */
export async function issuerKeysFor(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  clock: () => Date,
) {
  const masterKey = await loadMasterKey({
    env,
    demoDir: config.databaseUrl === undefined ? config.dataDir : undefined,
    warn: log,
  });
  return openKeyring({ dir: config.issuerKeysDir, masterKey, clock });
}

/** Starts the HTTP server; stops cleanly (closing the database and its lock) on SIGINT/SIGTERM. */
export async function serve(
  config: Config,
  options: { demo: boolean; log: (line: string) => void; env: NodeJS.ProcessEnv },
): Promise<void> {
  const clock = () => new Date();
  const issuerKeys = await issuerKeysFor(config, options.env, options.log, clock);
  const database = await openDatabase(config, 'territoires serve');
  try {
    await database.migrate();
    await fixIssuerOrigin(database.db, config.publicUrl);
    if (options.demo)
      await loadDemo(database, options.log, {
        issuerKeys,
        publicUrl: config.publicUrl,
        files: localFileStorage(config.filesDir),
      });
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({
    services: {
      database,
      clock,
      files: localFileStorage(config.filesDir),
      issuerKeys,
      mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpFrom) : undefined,
    },
    version: config.version,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    programme: programmeFromEnv(options.env),
    pseudonymKey: pseudonymKeyFor(config.dataDir, options.env),
    logger: true,
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
  if (!config.smtpUrl)
    options.log(
      'SMTP_URL is not set: no e-mail is sent. Invitations and password resets give the administrator a link to hand over.',
    );
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
  options.log(
    `Territoires Partagés ${config.version} on http://localhost:${config.port} (${where})`,
  );
}
