import { Command, CommanderError } from 'commander';
import { fixIssuerOrigin, signedCredentials, signedEndorsements } from '../badges/index.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { DataDirLockedError, StartupRefusedError } from '../errors/index.js';
import { newMasterKey } from '../keys/master-key.js';
import { isEmpty, seedDemo } from '../seed/demo.js';
import { CliError } from './errors.js';
import { createUser } from './users.js';
import { catalogueExport, catalogueImport, reportLines } from './catalogue.js';
import { keyLines, revokeKey } from './keys.js';
import {
  indicatorsFigures,
  indicatorsLines,
  parseIndicatorsOptions,
  programmeOf,
  type IndicatorsOptions,
} from './indicators.js';
import { issuerKeysFor, serve } from './serve.js';
import { parseSince, suspectTeamChanges, teamChangeLines } from './team-changes.js';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

async function withDatabase<T>(
  config: Config,
  command: string,
  run: (db: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config, command);
  try {
    await database.migrate();
    return await run(database);
  } finally {
    await database.close();
  }
}

type ConfigOf = () => Config;

function serverCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  cli
    .command('serve')
    .description('Start the server (migrates; with --demo, loads the demo into an empty database)')
    .option(
      '--demo',
      'load the demo consortium into an empty database (PostgreSQL: refused unless empty)',
    )
    .action(async (options: { demo?: boolean }) => {
      await serve(config(), { demo: options.demo === true, log: io.stdout, env: io.env });
    });
  cli
    .command('migrate')
    .description('Apply database migrations')
    .action(() =>
      withDatabase(config(), 'territoires migrate', () => {
        io.stdout('Migrations applied.');
        return Promise.resolve();
      }),
    );
  cli
    .command('seed')
    .description('Load the demo consortium (only into an empty database)')
    .requiredOption('--demo', 'the demo consortium and its participants')
    .action(async () => {
      const settings = config();
      const issuerKeys = await issuerKeysFor(settings, io.env, io.stdout, () => new Date());
      await withDatabase(settings, 'territoires seed', async (database) => {
        if (!(await isEmpty(database))) {
          throw new CliError(
            'The database already has data: the demo is only loaded into an empty database.',
          );
        }
        // The demo's badges are signed: their DIDs are made from this PUBLIC_URL, fixed from now on.
        await fixIssuerOrigin(database.db, settings.publicUrl);
        await seedDemo(database, new Date(), undefined, {
          issuerKeys,
          publicUrl: settings.publicUrl,
        });
        io.stdout('Demo data loaded.');
      });
    });
}

function userCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  const users = cli.command('users').description('Manage staff accounts');
  users
    .command('create')
    .description('Create a staff account with a role in an organisation')
    .requiredOption('--email <email>')
    .requiredOption('--name <displayName>')
    .requiredOption('--organisation <name>', 'organisation name (exact)')
    .requiredOption('--role <role>')
    .option('--password <password>', 'otherwise read from TERRITOIRES_PASSWORD')
    .action(
      (options: {
        email: string;
        name: string;
        organisation: string;
        role: string;
        password?: string;
      }) =>
        withDatabase(config(), 'territoires users create', async (database) => {
          const password = options.password ?? io.env.TERRITOIRES_PASSWORD;
          const id = await createUser(
            database,
            { ...options, password: password ?? '' },
            new Date(),
          );
          io.stdout(`Created ${options.email} (${id}).`);
        }),
    );
}

function catalogueCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  const catalogue = cli
    .command('catalogue')
    .description('The activities catalogue (data·inclusion v1)');
  catalogue
    .command('export')
    .description('Print the catalogue as data·inclusion v1 JSON (structures + services)')
    .action(() =>
      withDatabase(config(), 'territoires catalogue export', async (database) => {
        io.stdout(await catalogueExport(database));
      }),
    );
  catalogue
    .command('import')
    .description(
      'Import a data·inclusion v1 file; prints the report, exits 1 if any row is rejected',
    )
    .argument('<file>', 'a JSON file { "structures": [...], "services": [...] }')
    .action((file: string) =>
      withDatabase(config(), 'territoires catalogue import', async (database) => {
        const report = await catalogueImport(database, file, new Date());
        for (const line of reportLines(report)) io.stdout(line);
        if (report.rejected.length > 0)
          throw new CliError('Some rows were rejected: nothing of them was imported.');
      }),
    );
}

function auditCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  const audit = cli.command('audit').description('Read the audit log');
  audit
    .command('team-changes')
    .description(
      'List team changes made by someone who was neither on the team nor coordination (ADR 0012)',
    )
    .requiredOption('--since <date>', 'first day to look at, YYYY-MM-DD (Paris time)')
    .option('--json', 'print JSON instead of lines')
    .action((options: { since: string; json?: boolean }) => {
      const since = parseSince(options.since);
      return withDatabase(config(), 'territoires audit team-changes', async (database) => {
        const changes = await suspectTeamChanges(database, since);
        if (options.json) io.stdout(JSON.stringify(changes, null, 2));
        else for (const line of teamChangeLines(changes, since)) io.stdout(line);
      });
    });
}

function credentialCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  const credentials = cli.command('credentials').description('Signed Open Badges (ADR 0019)');
  credentials
    .command('export')
    .description(
      'Print every signed credential, as signed, one JSON document per line (JSON Lines)',
    )
    .action(() =>
      withDatabase(config(), 'territoires credentials export', async (database) => {
        for await (const line of signedCredentials(database.db)) io.stdout(line);
      }),
    );
  cli
    .command('endorsements')
    .description('Endorsements (OB 3.0 EndorsementCredentials)')
    .command('export')
    .description('Print every signed endorsement, as signed, one JSON document per line')
    .action(() =>
      withDatabase(config(), 'territoires endorsements export', async (database) => {
        for await (const line of signedEndorsements(database.db)) io.stdout(line);
      }),
    );
}

function indicatorsCommand(cli: Command, io: CliIo, config: ConfigOf): void {
  cli
    .command('indicators')
    .description(
      "The programme's figures over a period (docs/indicators.md), dates inclusive, Paris",
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--territory <code>', "participants' current territory")
    .option('--organisation <id>', 'participants followed by this organisation')
    .option('--json', 'print JSON instead of lines')
    .action((options: IndicatorsOptions & { json?: boolean }) => {
      const { json, ...rest } = options;
      const scope = parseIndicatorsOptions(rest);
      const programme = programmeOf(io.env);
      return withDatabase(config(), 'territoires indicators', async (database) => {
        const report = await indicatorsFigures(database, scope, programme);
        if (json) io.stdout(JSON.stringify(report, null, 2));
        else for (const line of indicatorsLines(report)) io.stdout(line);
      });
    });
}

function keyCommands(cli: Command, io: CliIo, config: ConfigOf): void {
  const keys = cli.command('keys').description("The issuers' signing keys (ADR 0019)");
  const warn = (line: string) => {
    io.stderr(line);
  };
  keys
    .command('list')
    .description("Every issuer's keys: current, retired (still verify) or revoked")
    .option('--json', 'one JSON array')
    .action((options: { json?: boolean }) =>
      withDatabase(config(), 'territoires keys list', async (database) => {
        const lines = await keyLines(config(), io.env, database, warn);
        if (options.json) io.stdout(JSON.stringify(lines, null, 2));
        else for (const k of lines) io.stdout(`${k.issuer}  ${k.state.padEnd(7)}  ${k.id}`);
      }),
    );
  keys
    .command('revoke')
    .description(
      'A leaked key: revoke it (its signatures fail from now on) and sign anew what it signed',
    )
    .requiredOption('--issuer <slug>', 'the issuer, as `keys list` names it')
    .requiredOption('--key <id>', 'the key id, as `keys list` prints it')
    .action((options: { issuer: string; key: string }) =>
      withDatabase(config(), 'territoires keys revoke', async (database) => {
        const done = await revokeKey(config(), io.env, database, options, warn);
        io.stdout(
          `${options.key} revoked; new keys sign for ${options.issuer}. ` +
            `Signed anew: ${done.awards} badge(s) of participants, ${done.guests} of guests.`,
        );
        if (config().databaseUrl !== undefined)
          io.stdout('Restart the server now: it holds the keys it read at start-up.');
      }),
    );
  keys
    .command('master-key')
    .description(
      'Print a new master key (base64): keep it private, point ISSUER_MASTER_KEY_FILE at it',
    )
    .action(() => {
      io.stdout(newMasterKey());
    });
}

function program(io: CliIo): Command {
  const config = () => loadConfig(io.env);
  const cli = new Command('territoires')
    .description('Territoires Partagés: server and administration')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => {
        io.stdout(s.trimEnd());
      },
      writeErr: (s) => {
        io.stderr(s.trimEnd());
      },
    });
  serverCommands(cli, io, config);
  userCommands(cli, io, config);
  catalogueCommands(cli, io, config);
  auditCommands(cli, io, config);
  indicatorsCommand(cli, io, config);
  keyCommands(cli, io, config);
  credentialCommands(cli, io, config);
  return cli;
}

/** Runs the CLI and returns the exit code: 0 done, 1 refused or failed, 2 misuse. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof DataDirLockedError || error instanceof StartupRefusedError) {
      io.stderr(error.message);
      return 1;
    }
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
