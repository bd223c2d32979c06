import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, fromPostgres } from '../db/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate:
      { kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
  }
}

/**
 * Every test connection gives up instead of hanging: a lock or a statement that never ends becomes a
 * failing test with PostgreSQL's own message, not a run that times out with nothing to read.
 */
export const TEST_PG_LIMITS = {
  connectionTimeoutMillis: 10_000,
  statement_timeout: 25_000,
  lock_timeout: 20_000,
  idle_in_transaction_session_timeout: 60_000,
  application_name: 'territoires-tests',
} as const;

export const adminClient = (url: string): pg.Client =>
  new pg.Client({ connectionString: url, ...TEST_PG_LIMITS, statement_timeout: 120_000 });

export const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The run's clones and template, dropped by four connections at once. */
async function dropAll(url: string, names: string[]): Promise<void> {
  const queue = [...names];
  const worker = async () => {
    const client = adminClient(url);
    await client.connect();
    try {
      for (let name = queue.pop(); name !== undefined; name = queue.pop())
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/**
 * Migrates one template database per run; each test file then clones it (a PGlite data-dir dump,
 * or PostgreSQL's CREATE DATABASE ... TEMPLATE), which is far cheaper than migrating again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `tp_template_${randomBytes(4).toString('hex')}`;
    const admin = adminClient(url);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    const database = fromPostgres(withDatabase(url, template), 1, TEST_PG_LIMITS);
    await database.migrate();
    await database.close();
    project.provide('databaseTemplate', { kind: 'postgres', url, template });
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'tp\\_%' AND datname LIKE $1`,
        [`%${template.slice('tp_template_'.length)}%`],
      );
      await admin.end();
      await dropAll(
        url,
        rows.map((row) => row.datname),
      );
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tp-template-'));
  const client = await PGlite.create();
  const database = fromPglite(client);
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('databaseTemplate', { kind: 'pglite', file });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}
