/**
 * Badges at volume: 1,000 awards offered, then accepted one by one through the real service (each one
 * signed eddsa-rdfc-2022, given a random place on the status list, stored as signed, on the timeline and
 * in the audit), then the issuer's status list of 131,072 entries signed anew after each of 5 revocations.
 *   npm run badges -w @territoires/bench -- [--awards 1000] [--rounds 5]
 * On PGlite in memory (default) or PostgreSQL (DATABASE_URL, a scratch database: its tables are written).
 * Targets (issue 16): 1,000 acceptances under 10 s on 2 cores; the status list under 1 s.
 */
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { recordAwardAcceptance } from '../../apps/server/src/badges/acceptance.js';
import { createAchievement } from '../../apps/server/src/badges/achievements.js';
import { offerAward, revokeAward } from '../../apps/server/src/badges/awards.js';
import { issuerOf } from '../../apps/server/src/badges/issuers.js';
import { statusListCredential } from '../../apps/server/src/badges/status.js';
import { fromPglite, fromPostgres } from '../../apps/server/src/db/database.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import { openKeyring } from '../../apps/server/src/keys/keyring.js';
import { buildWorld, followedParticipant } from '../../apps/server/src/test-support/world.js';

const { values } = parseArgs({
  options: {
    awards: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '5' },
  },
});
const total = Number(values.awards);
const rounds = Number(values.rounds);
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
const actor = world.staff.referent;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const badges = [];
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
const people = [];
for (let p = 0; p < Math.ceil(total / BADGES); p += 1)
  people.push(await followedParticipant(services, world));

let started = performance.now();
const offered = [];
for (let i = 0; i < total; i += 1) {
  const person = people[Math.floor(i / BADGES)];
  const badge = badges[i % BADGES];
  if (!person || !badge) throw new Error('setting');
  offered.push(await offerAward(services, PUBLIC_URL, actor, person.id, badge.id));
}
console.log(`offer ${total}: ${seconds(performance.now() - started)}`);

started = performance.now();
const each: number[] = [];
for (const award of offered) {
  const t = performance.now();
  await recordAwardAcceptance(services, PUBLIC_URL, actor, award.id, { kind: 'pseudonym' });
  each.push(performance.now() - t);
}
const acceptMs = performance.now() - started;
console.log(
  `accept and sign ${total}: ${seconds(acceptMs)} (median ${median(each).toFixed(1)} ms each)`,
);

const issuer = await issuerOf(database.db, PUBLIC_URL, world.following);
if (!issuer) throw new Error('no issuer');
const listTimes: number[] = [];
for (let r = 0; r < rounds; r += 1) {
  const victim = offered[r];
  if (!victim) break;
  await revokeAward(services, PUBLIC_URL, actor, victim.id, 'Banc d’essai.');
  const t = performance.now();
  const list = await statusListCredential(database.db, services.issuerKeys, issuer, 1, clock);
  listTimes.push(performance.now() - t);
  if (!list) throw new Error('no status list');
}
console.log(
  `status list of 131,072 entries signed anew after a revocation: median ${median(listTimes).toFixed(0)} ms over ${listTimes.length}`,
);

await database.close();
