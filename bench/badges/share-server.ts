/**
 * The server side of share-verify.bench.ts, in its own process: the app on PGlite in memory, or on
 * PostgreSQL when DATABASE_URL is set (that database is only used to drop and create the scratch
 * database tp_bench_share, which the app then uses), one participant's accepted badge and its share
 * link; sends { url, token, credential } to its parent.
 */
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../../apps/server/src/app.js';
import { shareMyAward } from '../../apps/server/src/badges/backpack/service.js';
import { awards } from '../../apps/server/src/badges/tables.js';
import { fromPglite, fromPostgres, type Database } from '../../apps/server/src/db/database.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import { openKeyring } from '../../apps/server/src/keys/keyring.js';
import {
  acceptedAward,
  makeAchievement,
} from '../../apps/server/src/badges/test-support/factories.js';
import { buildWorld, followedParticipant } from '../../apps/server/src/test-support/world.js';

const PUBLIC_URL = 'https://territoires.example';

/** A fresh scratch database next to DATABASE_URL's: its tables are written on every run. */
async function scratchPostgres(databaseUrl: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('drop database if exists tp_bench_share with (force)');
  await admin.query('create database tp_bench_share');
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = '/tp_bench_share';
  return fromPostgres(url.toString());
}

async function pglite(): Promise<Database> {
  const embedded = fromPglite(await PGlite.create());
  // RESULT_CACHE=off: every request computed anew (ADR 0009), to compare.
  return process.env.RESULT_CACHE === 'off' ? { ...embedded, writes: null } : embedded;
}

const databaseUrl = process.env.DATABASE_URL;
const opened = databaseUrl ? await scratchPostgres(databaseUrl) : await pglite();
// RESULT_CACHE=off on PostgreSQL: no version-tagged result either (ADR 0028), to compare.
const database =
  process.env.RESULT_CACHE === 'off' ? { ...opened, writes: null, readVersion: null } : opened;
await database.migrate();
const dir = await mkdtemp(join(tmpdir(), 'tp-bench-share-'));
const clock = () => new Date();
const services = {
  database,
  clock,
  files: localFileStorage(dir),
  issuerKeys: await openKeyring({ dir: join(dir, 'keys'), masterKey: randomBytes(32), clock }),
};
const world = await buildWorld(services);
const p = await followedParticipant(services, world);
const badge = await makeAchievement(services, world.staff.coordinator, world.following);
const award = await acceptedAward(services, world.staff.referent, p.id, badge.id);
const link = await shareMyAward(
  services,
  PUBLIC_URL,
  { participantId: p.id, pseudonym: p.pseudonym },
  award.id,
  true,
);
const [row] = await database.db
  .select({ credential: awards.credential })
  .from(awards)
  .where(eq(awards.id, award.id));
// One proxy in front (TRUST_PROXY=1): each simulated visitor has its own address.
const app = await buildApp({ services, version: 'bench', publicUrl: PUBLIC_URL, trustProxy: 1 });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ url, token: link.url.split('/').pop(), credential: row?.credential });
// Stopped by the parent: exit normally, so that `--cpu-prof` writes this process's profile.
process.once('SIGTERM', () => {
  void app.close().finally(() => database.close().finally(() => process.exit(0)));
});
