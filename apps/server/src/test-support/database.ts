import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { fromPglite, fromPostgres, type Database } from '../db/database.js';
import { adminClient, TEST_PG_LIMITS, withDatabase } from './global-setup.js';

/** A fresh, migrated database cloned from the run's template: one per test file, isolated from the others. */
export async function cloneTestDatabase(): Promise<Database> {
  const template = inject('databaseTemplate');
  if (template.kind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(template.file)]) });
    return fromPglite(client);
  }
  const name = `tp_${randomBytes(4).toString('hex')}_${template.template.slice('tp_template_'.length)}`;
  const admin = adminClient(template.url);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`);
  } finally {
    await admin.end();
  }
  const database = fromPostgres(withDatabase(template.url, name), 5, TEST_PG_LIMITS);
  // The clone is dropped with the run's other databases at the global teardown, not here: each DROP
  // DATABASE waits about a second for every backend to let go of its files, on the test's clock.
  return database;
}
