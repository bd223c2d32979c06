/**
 * Memory after a burst of large photos: four 48-megapixel JPEGs uploaded at once by four staff
 * members (the largest a phone takes in its usual modes), then the server left idle.
 *   npm run uploads-memory -w @territoires/bench -- [--uploads 4] [--idle 10]
 * In process on PGlite (a fresh one): the real app, routes and image pipeline, through inject().
 * Budget (issue 11): back under 500 MB of resident memory once idle.
 */
import { PGlite } from '@electric-sql/pglite';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../../apps/server/src/app.js';
import { fromPglite } from '../../apps/server/src/db/database.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import { noIssuerKeys } from '../../apps/server/src/keys/keyring.js';
import { multipart } from '../../apps/server/src/experiences/test-support/factories.js';
import { loginAs } from '../../apps/server/src/test-support/clients.js';
import { makeStaff } from '../../apps/server/src/test-support/factories.js';
import { makeParticipant } from '../../apps/server/src/test-support/factories.js';

const { values } = parseArgs({
  options: { uploads: { type: 'string', default: '4' }, idle: { type: 'string', default: '10' } },
});
const uploads = Number(values.uploads);
const idleSeconds = Number(values.idle);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const database = fromPglite(await PGlite.create());
await database.migrate();
const services = {
  database,
  clock: () => new Date(),
  files: localFileStorage(await mkdtemp(join(tmpdir(), 'tp-bench-files-'))),
  issuerKeys: noIssuerKeys,
};
const app = await buildApp({ services, version: 'bench' });

// 8000×6000: a 48 MP photo, made in a process of its own so that this one (the server) starts clean.
const photoPath = join(await mkdtemp(join(tmpdir(), 'tp-bench-photo-')), 'photo.jpg');
execFileSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { default: sharp } = await import('sharp');
   await sharp({ create: { width: 8000, height: 6000, channels: 3, background: { r: 120, g: 160, b: 90 } } })
     .blur(0.5).jpeg({ quality: 80 }).toFile(${JSON.stringify(photoPath)});`,
  ],
  { cwd: fileURLToPath(new URL('../../apps/server/', import.meta.url)) },
);
const photo = await readFile(photoPath);

const people = await Promise.all(
  Array.from({ length: uploads }, async () => {
    const referent = await makeStaff(database.db, { role: 'referent' });
    const person = await makeParticipant(services, { actor: referent });
    const client = await loginAs(app, referent);
    const created = await client.request({
      method: 'POST',
      url: `/api/participants/${person.id}/experiences`,
      payload: { kind: 'other', title: 'Une visite', occurredOn: '2026-03-01' },
    });
    return { client, experienceId: created.json<{ id: string }>().id };
  }),
);
const before = process.memoryUsage().rss;
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const statuses = await Promise.all(
  people.map(async ({ client, experienceId }) => {
    const res = await client.request({
      method: 'POST',
      url: `/api/experiences/${experienceId}/files`,
      ...multipart(photo, 'photo.jpg', 'image/jpeg'),
    });
    return res.statusCode;
  }),
);
const burstMs = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
clearInterval(sampler);
const idle = process.memoryUsage().rss;
console.log(
  JSON.stringify({
    uploads,
    photoMB: Math.round((photo.length / 1024 / 1024) * 10) / 10,
    statuses,
    burstMs: Math.round(burstMs),
    rssBeforeMB: mb(before),
    rssPeakMB: mb(peak),
    rssIdleMB: mb(idle),
    budgetMB: 500,
  }),
);
await app.close();
await database.close();
