/**
 * Issue 21: a national-scale dataset written straight into the database with bulk statements
 * (1,000,000 participants, 20,000,000 presences, 5,000,000 badges by default). Kept out of CI.
 *   DATABASE_URL=postgres://… npm run national-generate -w @territoires/bench [-- --participants N]
 *   npm run national-generate -w @territoires/bench -- --data-dir DIR --participants 100000   (PGlite)
 * The database must hold no national dataset yet; the server's migrations are applied first.
 */
import { sampleCredential } from '../../packages/open-badges/src/test-support/fixtures.js';
import { generateIssuerKey, issueCredential } from '@territoires/open-badges';
import { and, count, inArray, like, notLike, sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { parseArgs } from 'node:util';
import { participants } from '../../apps/server/src/db/schema.js';
import {
  activityRows,
  badgeRows,
  cleanUp,
  pathways,
  people,
  sizesFor,
  stories,
  type Sizes,
} from './steps.js';
import { openNationalDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000000' },
    'data-dir': { type: 'string' },
  },
});
const participantCount = Number(values.participants);
if (!Number.isInteger(participantCount) || participantCount < 1000) {
  console.error('--participants: a whole number, at least 1000');
  process.exit(2);
}

/** One signed credential, copied with new ids for volume. */
async function template(): Promise<string> {
  const issuer = 'https://territoires.example/issuers/national';
  const key = await generateIssuerKey({ controller: issuer });
  const signed = await issueCredential(sampleCredential(issuer), {
    key,
    clock: () => new Date('2023-01-01T00:00:00Z'),
  });
  return JSON.stringify(signed);
}

const database = await openNationalDatabase(values['data-dir'], 'national-generate', {
  parallelQueries: true,
});
const { db } = database;
const [existing] = await db
  .select({ n: count() })
  .from(participants)
  .where(like(participants.pseudonym, 'National %'));
if ((existing?.n ?? 0) > 0) {
  console.error('This database already holds a national dataset: use an empty one.');
  await database.close();
  process.exit(2);
}

/** PostgreSQL's view of the indexes, read to drop and rebuild them around a bulk load. */
const pgIndexes = pgTable('pg_indexes', {
  tablename: text('tablename').notNull(),
  indexname: text('indexname').notNull(),
  indexdef: text('indexdef').notNull(),
});

const sizes: Sizes = sizesFor(participantCount);
console.log(JSON.stringify({ sizes }));
const started = performance.now();
/**
 * A step's statements in one transaction, foreign-key triggers off (the rows are consistent by
 * construction: a superuser's bulk load), the big tables' secondary indexes built once at the end.
 */
async function run(name: string, statements: string[], tables: string[] = []) {
  const at = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
    await tx.execute(sql`set local work_mem = '256MB'`);
    const indexes = await tx
      .select({ name: pgIndexes.indexname, definition: pgIndexes.indexdef })
      .from(pgIndexes)
      .where(
        and(
          inArray(pgIndexes.tablename, tables.length ? tables : ['']),
          notLike(pgIndexes.indexname, '%_pkey'),
        ),
      );
    for (const index of indexes) await tx.execute(sql.raw(`drop index "${index.name}"`));
    for (const statement of statements) await tx.execute(sql.raw(statement));
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
  });
  console.log(`${name}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
}
await run('organisations and référents', people(sizes));
await run('participants and profiles', stories(sizes));
await run('contracts, exits, timeline', pathways(), ['timeline_events']);
await run('activities, sessions, presences', activityRows(sizes), ['attendances']);
await run('badges', badgeRows(sizes, await template()), ['awards']);
await run('clean-up', cleanUp());
// The bulk load bypasses the summaries' triggers (ADR 0029, 0030): they are written once, from the tables.
await run('summaries', ['select indicator_rebuild()']);
await run('activity summaries', ['select indicator_activity_rebuild()']);
const vacuumAt = performance.now();
// The visibility map (index-only scans) and the planner's statistics, as a live database has them.
await db.execute(sql`vacuum analyze`);
console.log(`vacuum analyze: ${((performance.now() - vacuumAt) / 1000).toFixed(1)} s`);

const total = (table: string) => sql<number>`(select count(*) from ${sql.identifier(table)})`;
const [counts] = await db
  .select({
    participants: total('participants').mapWith(Number),
    contracts: total('contracts').mapWith(Number),
    exits: total('exits').mapWith(Number),
    attendances: total('attendances').mapWith(Number),
    awards: total('awards').mapWith(Number),
    sizeGiB: sql<number>`pg_database_size(current_database())::float8 / 1073741824`.mapWith(Number),
  })
  .from(pgIndexes)
  .limit(1);
console.log(
  JSON.stringify({ seconds: Math.round((performance.now() - started) / 1000), ...counts }),
);
await database.close();
