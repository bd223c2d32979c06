/**
 * Badges at volume: 1,000 awards offered, then accepted one by one through the real service (each one
 * signed eddsa-rdfc-2022, given a random place on the status list, stored as signed, on the timeline and
 * in the audit); then 3 times 1,000 more offered and accepted at once (badges/bulk-acceptance.ts: signed
 * on `--workers` threads, written in bulk, each stored credential verified after the timer); then the
 * issuer's status list of 131,072 entries signed anew after each of 5 revocations.
 *   npm run badges -w @territoires/bench -- [--awards 1000] [--rounds 5] [--bulk 3] [--workers 2] [--single]
 * On PGlite in memory (default) or PostgreSQL (DATABASE_URL, a scratch database: its tables are written).
 * Targets (issue 16): 1,000 acceptances under 10 s on 2 cores; the status list under 1 s.
 */
import { PGlite } from '@electric-sql/pglite';
import { verify } from '@territoires/open-badges';
import { inArray } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../apps/server/src/app.js';
import { recordAwardAcceptance } from '../../apps/server/src/badges/acceptance.js';
import { createAchievement } from '../../apps/server/src/badges/achievements.js';
import { offerAward, revokeAward } from '../../apps/server/src/badges/awards.js';
import { recordAwardAcceptances } from '../../apps/server/src/badges/bulk-acceptance.js';
import { issuerOf } from '../../apps/server/src/badges/issuers.js';
import { statusListCredential } from '../../apps/server/src/badges/status.js';
import { awards } from '../../apps/server/src/badges/tables.js';
import { fromPglite, fromPostgres } from '../../apps/server/src/db/database.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import { openKeyring } from '../../apps/server/src/keys/keyring.js';
import { buildWorld, followedParticipant } from '../../apps/server/src/test-support/world.js';

const { values } = parseArgs({
  options: {
    awards: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '5' },
    bulk: { type: 'string', default: '3' },
    workers: { type: 'string', default: '2' },
    /** Also accept the first 1,000 one at a time (33 s): the figure to compare with. */
    single: { type: 'boolean', default: false },
  },
});
const total = Number(values.awards);
const rounds = Number(values.rounds);
const bulkRuns = Number(values.bulk);
const workers = Number(values.workers);
const PUBLIC_URL = 'https://territoires.example';
const BADGES = 10;

const databaseUrl = process.env.DATABASE_URL;
const database = databaseUrl ? fromPostgres(databaseUrl) : fromPglite(await PGlite.create());
await database.migrate();
const dir = await mkdtemp(join(tmpdir(), 'tp-bench-badges-'));
const clock = () => new Date();
const services = {
  database,
  clock,
  files: localFileStorage(dir),
  issuerKeys: await openKeyring({ dir: join(dir, 'keys'), masterKey: randomBytes(32), clock }),
};
const world = await buildWorld(services);
// The app answers what a verifier elsewhere fetches (did:web document, issuer, status list).
const app = await buildApp({ services, version: 'bench', publicUrl: PUBLIC_URL });
const fetchJson = async (url: string): Promise<unknown> => {
  const res = await app.inject({
    method: 'GET',
    url: new URL(url).pathname,
    headers: { accept: 'application/json' },
  });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${url}`);
  return res.json();
};
const actor = world.staff.referent;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const badges: { id: string }[] = [];
for (let b = 0; b < BADGES; b += 1)
  badges.push(
    await createAchievement(services, PUBLIC_URL, actor, {
      organisationId: world.following,
      name: `Badge ${b + 1}`,
      description: 'Un badge du banc d’essai.',
      criteria: 'A participé à l’atelier.',
      achievementType: 'ext:NonFormalLearning',
      tags: ['banc'],
      validityMonths: 24,
      imageAlt: 'Un rond bleu',
      alignments: [],
    }),
  );
/** `total` offers: person by person, each of the 10 badges (a person has one live award of a badge). */
async function offerAll(): Promise<string[]> {
  const ids: string[] = [];
  const people = [];
  for (let p = 0; p < Math.ceil(total / BADGES); p += 1)
    people.push(await followedParticipant(services, world));
  for (let i = 0; i < total; i += 1) {
    const person = people[Math.floor(i / BADGES)];
    const badge = badges[i % BADGES];
    if (!person || !badge) throw new Error('setting');
    ids.push((await offerAward(services, PUBLIC_URL, actor, person.id, badge.id)).id);
  }
  return ids;
}

let started = performance.now();
const offered = await offerAll();
console.log(`offer ${total}: ${seconds(performance.now() - started)}`);

if (values.single) {
  started = performance.now();
  const each: number[] = [];
  for (const id of offered) {
    const t = performance.now();
    await recordAwardAcceptance(services, PUBLIC_URL, actor, id, { kind: 'pseudonym' });
    each.push(performance.now() - t);
  }
  const acceptMs = performance.now() - started;
  console.log(
    `accept and sign ${total}, one at a time: ${seconds(acceptMs)} (median ${median(each).toFixed(1)} ms each)`,
  );
} else
  await recordAwardAcceptances(
    services,
    PUBLIC_URL,
    actor,
    offered.map((awardId) => ({ awardId, name: { kind: 'pseudonym' } })),
    { workers },
  );

const bulkTimes: number[] = [];
for (let run = 0; run < bulkRuns; run += 1) {
  const ids = await offerAll();
  const t = performance.now();
  await recordAwardAcceptances(
    services,
    PUBLIC_URL,
    actor,
    ids.map((awardId, i) => ({
      awardId,
      name: i % 3 === 0 ? { kind: 'none' } : { kind: 'pseudonym' },
    })),
    { workers },
  );
  bulkTimes.push(performance.now() - t);
  const rows = await database.db.select().from(awards).where(inArray(awards.id, ids));
  const places = new Set(rows.map((r) => `${r.statusListId ?? ''}:${r.statusIndex ?? ''}`));
  if (rows.length !== total || places.size !== total) throw new Error('not all accepted apart');
  for (const row of rows) {
    const result = await verify(row.credential, { fetchJson, clock });
    if (result.result !== 'verified')
      throw new Error(`not verified: ${JSON.stringify(result.errors)}`);
  }
  console.log(
    `accept and sign ${total} in bulk (${workers} workers), run ${run + 1}: ${seconds(bulkTimes.at(-1) ?? 0)}, ${total} verified`,
  );
}
if (bulkTimes.length > 0)
  console.log(
    `accept and sign ${total} in bulk: median ${seconds(median(bulkTimes))} over ${bulkTimes.length} runs`,
  );

const issuer = await issuerOf(database.db, PUBLIC_URL, world.following);
if (!issuer) throw new Error('no issuer');
const listTimes: number[] = [];
for (let r = 0; r < rounds; r += 1) {
  const victim = offered[r];
  if (!victim) break;
  await revokeAward(services, PUBLIC_URL, actor, victim, 'Banc d’essai.');
  const t = performance.now();
  const list = await statusListCredential(database.db, services.issuerKeys, issuer, 1, clock);
  listTimes.push(performance.now() - t);
  if (!list) throw new Error('no status list');
}
console.log(
  `status list of 131,072 entries signed anew after a revocation: median ${median(listTimes).toFixed(0)} ms over ${listTimes.length}`,
);

await app.close();
await database.close();
