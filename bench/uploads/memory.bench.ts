/**
 * Memory of the server process after a burst of large photos: the built server runs as a process of
 * its own (as `npm start` runs it), staff members upload large evidence images at once, round after
 * round, then the server is left idle and its resident memory (VmRSS) is read from /proc.
 *   npm run build && npm run uploads-memory -w @territoires/bench -- \
 *     [--people 4] [--rounds 3] [--idle 45] [--megapixels 48] [--format jpeg|png] [--runs 1]
 * Extra server environment (to compare one setting with another): --env NAME=value (repeatable).
 * Budget (issue 11): back under 500 MB of resident memory once idle.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../apps/server/src/db/open.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import {
  makeParticipant,
  makeStaff,
  TEST_PASSWORD,
} from '../../apps/server/src/test-support/factories.js';
import { login, percentile, ROOT, startServer } from '../support/server.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    idle: { type: 'string', default: '45' },
    megapixels: { type: 'string', default: '48' },
    format: { type: 'string', default: 'jpeg' },
    runs: { type: 'string', default: '1' },
    env: { type: 'string', multiple: true, default: [] },
  },
});
const people = Number(values.people);
const rounds = Number(values.rounds);
const idleSeconds = Number(values.idle);
const format = values.format === 'png' ? 'png' : 'jpeg';
const extraEnv = Object.fromEntries(
  values.env.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const mib = (kib: number) => Math.round(kib / 1024);

/**
 * A photo-like image (a smooth texture, not one flat colour, so that it weighs what a phone photo
 * weighs: several MB), made in a process of its own so that the bench's own memory stays apart.
 */
function makePhoto(): Buffer {
  const width = Math.round(Math.sqrt((Number(values.megapixels) * 1e6 * 4) / 3));
  const height = Math.round((width * 3) / 4);
  const path = join(mkdtempSync(join(tmpdir(), 'tp-bench-photo-')), `photo.${format}`);
  const encode =
    format === 'jpeg' ? '.jpeg({ quality: 85 })' : '.png({ compressionLevel: 9, palette: false })';
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { default: sharp } = await import('sharp');
       const seed = await sharp({ create: { width: ${String(Math.round(width / 16))}, height: ${String(Math.round(height / 16))},
         channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
       await sharp(seed).resize(${String(width)}, ${String(height)}, { kernel: 'cubic' })${encode}
         .toFile(${JSON.stringify(path)});`,
    ],
    { cwd: join(ROOT, 'apps/server') },
  );
  return readFileSync(path);
}

/** Staff members, each the référent of one participant; their experiences are made through the API. */
async function prepare(dataDir: string): Promise<{ email: string; participantId: string }[]> {
  const database = await openDatabase({ databaseUrl: undefined, dataDir }, 'bench');
  await database.migrate();
  const services = {
    database,
    clock: () => new Date(),
    files: localFileStorage(join(dataDir, 'files')),
  };
  const made = [];
  for (let i = 0; i < people; i++) {
    const referent = await makeStaff(database.db, { role: 'referent' });
    const person = await makeParticipant(services, { actor: referent });
    made.push({ email: referent.email, participantId: person.id });
  }
  await database.close();
  return made;
}

async function post(
  url: string,
  auth: { cookie: string; csrfToken: string },
  body: FormData | object,
) {
  const json = !(body instanceof FormData);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      cookie: auth.cookie,
      'x-csrf-token': auth.csrfToken,
      ...(json ? { 'content-type': 'application/json' } : {}),
    },
    body: json ? JSON.stringify(body) : body,
  });
  return { status: res.status, body: (await res.json()) as { id?: string } };
}

interface Result {
  statuses: number[];
  burstMs: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  rssAfterBurstMiB: number;
  rssIdleMiB: number;
  idleAt: Record<string, number>;
}

async function run(photo: Buffer): Promise<Result> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tp-bench-uploads-'));
  const staff = await prepare(dataDir);
  const server = await startServer({ DATA_DIR: dataDir, ...extraEnv });
  try {
    const uploaders = await Promise.all(
      staff.map(async ({ email, participantId }) => {
        const auth = await login(server.url, email, TEST_PASSWORD);
        const created = await post(
          `${server.url}/api/participants/${participantId}/experiences`,
          auth,
          {
            kind: 'other',
            title: 'Une visite',
            occurredOn: '2026-03-01',
          },
        );
        if (!created.body.id) throw new Error(`experience: ${String(created.status)}`);
        return { auth, experienceId: created.body.id };
      }),
    );
    const before = server.rssKiB();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, server.rssKiB())), 20);
    const statuses: number[] = [];
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      const answered = await Promise.all(
        uploaders.map(async ({ auth, experienceId }) => {
          const form = new FormData();
          form.append(
            'file',
            new Blob([new Uint8Array(photo)], { type: `image/${format}` }),
            `photo.${format}`,
          );
          return (await post(`${server.url}/api/experiences/${experienceId}/files`, auth, form))
            .status;
        }),
      );
      statuses.push(...answered);
    }
    const burstMs = performance.now() - started;
    const afterBurst = server.rssKiB();
    const idleAt: Record<string, number> = {};
    for (let waited = 0; waited < idleSeconds; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      idleAt[`${String(waited + 5)}s`] = mib(server.rssKiB());
    }
    clearInterval(sampler);
    return {
      statuses: [...new Set(statuses)],
      burstMs: Math.round(burstMs),
      rssBeforeMiB: mib(before),
      rssPeakMiB: mib(peak),
      rssAfterBurstMiB: mib(afterBurst),
      rssIdleMiB: mib(server.rssKiB()),
      idleAt,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const photo = makePhoto();
const results: Result[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const result = await run(photo);
  console.log(JSON.stringify(result));
  results.push(result);
}
const median = (pick: (r: Result) => number) =>
  percentile(
    results.map(pick).sort((a, b) => a - b),
    50,
  );
console.log(
  JSON.stringify({
    env: extraEnv,
    uploads: people * rounds,
    concurrent: people,
    format,
    photoMB: Math.round((photo.length / 1024 / 1024) * 10) / 10,
    runs: results.length,
    medianBeforeMiB: median((r) => r.rssBeforeMiB),
    medianPeakMiB: median((r) => r.rssPeakMiB),
    medianIdleMiB: median((r) => r.rssIdleMiB),
    budgetMB: 500,
  }),
);
