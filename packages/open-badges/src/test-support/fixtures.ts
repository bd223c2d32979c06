import { readFileSync } from 'node:fs';
import {
  buildAchievement,
  buildAchievementSubject,
  buildCredential,
  buildEvidence,
  buildProfile,
  buildResult,
} from '../model/builders.js';
import type { AchievementCredential } from '../model/types.js';

export const FIXED_NOW = new Date('2025-03-01T10:00:00Z');
export const fixedClock = (): Date => FIXED_NOW;

export function readFixture(path: string): string {
  return readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8');
}

export function readJsonFixture(path: string): Record<string, unknown> {
  return JSON.parse(readFixture(path)) as Record<string, unknown>;
}

/** A realistic credential: named issuer, achievement with criteria and image, a result, evidence. */
export function sampleCredential(issuerId: string, n = 1): AchievementCredential {
  return buildCredential({
    id: `urn:uuid:2b1c6a4e-0000-4000-8000-${String(n).padStart(12, '0')}`,
    issuer: buildProfile({
      id: issuerId,
      name: 'Territoires Partagés — Mission locale',
      url: 'https://territoires.example',
    }),
    validFrom: '2025-01-15T09:00:00Z',
    name: 'Accueil et orientation',
    description: 'Badge remis après un parcours d’accueil complet.',
    credentialSubject: buildAchievementSubject({
      id: 'did:example:learner-42',
      achievement: buildAchievement({
        id: 'https://territoires.example/achievements/accueil',
        name: 'Accueil et orientation',
        description: 'Savoir présenter son parcours et ses besoins.',
        criteria: { narrative: 'Avoir participé à trois ateliers et à un entretien individuel.' },
        image: { id: 'https://territoires.example/badges/accueil.png', type: 'Image' },
        achievementType: 'Competency',
      }),
      result: [buildResult({ value: 'acquis', status: 'Completed' })],
    }),
    evidence: [
      buildEvidence({
        id: 'https://territoires.example/evidence/1',
        narrative: 'Ateliers des 3, 10 et 17 janvier.',
      }),
    ],
  });
}
