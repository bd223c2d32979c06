import {
  buildAchievement,
  buildAchievementSubject,
  buildCredential,
  buildProfile,
  generateIssuerKey,
  verify,
} from '@territoires/open-badges';
import { afterAll, describe, expect, it } from 'vitest';
import { openSigningPool, type SignJob } from './pool.js';

const NOW = new Date('2026-03-15T10:00:00Z');
const key = await generateIssuerKey({ clock: () => NOW });

const unsigned = (n: number) =>
  buildCredential({
    id: `urn:uuid:2b1c6a4e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    issuer: buildProfile({ id: key.controller, name: 'Mission locale', url: 'https://ml.example' }),
    validFrom: '2026-03-15T10:00:00Z',
    name: 'Accueil',
    credentialSubject: buildAchievementSubject({
      id: `urn:uuid:7c1c6a4e-0000-4000-8000-${String(n).padStart(12, '0')}`,
      achievement: buildAchievement({
        id: 'https://ml.example/achievements/accueil',
        name: 'Accueil',
        description: 'Savoir présenter son parcours.',
        criteria: { narrative: 'Trois ateliers.' },
      }),
    }),
  }) as Record<string, unknown>;

const jobs = (n: number): SignJob[] =>
  Array.from({ length: n }, (_, i) => ({ unsigned: unsigned(i), key }));

const pool = openSigningPool(2);
afterAll(() => pool.close());

describe('the signing pool', () => {
  it('signs on worker threads exactly what the caller’s thread signs', async () => {
    const batch = jobs(20);
    const inWorkers = await pool.sign(batch, NOW);
    expect(pool.threads).toBe(2);
    // Ed25519 is deterministic: same document, key and date, same proof.
    expect(inWorkers).toEqual(await openSigningPool(0).sign(batch, NOW));
    for (const credential of inWorkers.slice(0, 3))
      expect((await verify(credential, { clock: () => NOW })).result).toBe('verified');
  });

  it('rejects the batch with the library’s error when one credential cannot be signed', async () => {
    const batch = jobs(20);
    batch[7] = { unsigned: { ...unsigned(7), validFrom: 'yesterday' }, key };
    await expect(pool.sign(batch, NOW)).rejects.toMatchObject({ name: 'OpenBadgesError' });
    // The pool still signs afterwards.
    expect(await pool.sign(jobs(16), NOW)).toHaveLength(16);
  });

  it('ends its workers on close, and signs no more', async () => {
    const own = openSigningPool(1);
    await own.sign(jobs(16), NOW);
    expect(own.threads).toBe(1);
    await own.close();
    expect(own.threads).toBe(0);
    await expect(own.sign(jobs(1), NOW)).rejects.toThrow('closed');
  });
});
