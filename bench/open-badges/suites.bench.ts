// eddsa-rdfc-2022 (Ed25519) against ecdsa-rdfc-2019 (P-256): sign and verify the same realistic credential with the
// library. Short (about 10 s): the figure that matters is the ECDSA / EdDSA ratio, since both spend most of their
// time in the same JSON-LD canonicalization.
// Run: npx tsx --conditions=source bench/open-badges/suites.bench.ts
import { Bench } from 'tinybench';
import {
  buildIssuerProfile,
  buildProfile,
  generateIssuerKey,
  issueCredential,
  verify,
} from '@territoires/open-badges';
import { sampleCredential } from '../../packages/open-badges/src/test-support/fixtures.js';

const ISSUER = 'https://territoires.example/issuers/bench';
const clock = (): Date => new Date('2025-03-01T10:00:00Z');
const ed = await generateIssuerKey({ controller: ISSUER });
const p256 = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Bench' }), [ed, p256]);
const fetchJson = (url: string): Promise<unknown> =>
  url === ISSUER ? Promise.resolve(profile) : Promise.reject(new Error(`404 ${url}`));
const unsigned = sampleCredential(ISSUER);
const signedEd = await issueCredential(unsigned, { key: ed, clock });
const signedP256 = await issueCredential(unsigned, { key: p256, clock });

async function mustVerify(credential: object): Promise<void> {
  const result = await verify(credential, { fetchJson, clock });
  if (result.result !== 'verified') throw new Error(JSON.stringify(result.errors));
}

const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 2000), warmupTime: 300 });
bench
  .add('sign eddsa-rdfc-2022 (Ed25519)', () => issueCredential(unsigned, { key: ed, clock }))
  .add('sign ecdsa-rdfc-2019 (P-256)', () => issueCredential(unsigned, { key: p256, clock }))
  .add('verify eddsa-rdfc-2022 (Ed25519)', () => mustVerify(signedEd))
  .add('verify ecdsa-rdfc-2019 (P-256)', () => mustVerify(signedP256));

await bench.run();
const medians = new Map(
  bench.tasks.map((task) => {
    const samples = [...(task.result?.samples ?? [])].sort((a, b) => a - b);
    return [task.name, samples[Math.floor(samples.length / 2)] ?? Number.NaN];
  }),
);
console.table([...medians].map(([task, median]) => ({ task, 'median (ms)': median.toFixed(3) })));
const ratio = (a: string, b: string): string =>
  ((medians.get(a) ?? Number.NaN) / (medians.get(b) ?? Number.NaN)).toFixed(2);
console.log(
  `ECDSA / EdDSA median ratio: sign ${ratio('sign ecdsa-rdfc-2019 (P-256)', 'sign eddsa-rdfc-2022 (Ed25519)')},` +
    ` verify ${ratio('verify ecdsa-rdfc-2019 (P-256)', 'verify eddsa-rdfc-2022 (Ed25519)')}`,
);
