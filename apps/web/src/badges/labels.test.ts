import { ACHIEVEMENT_TYPES, AWARD_STATUSES } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { typeLabel } from './keys.js';

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);

describe('badge labels', () => {
  it('name every achievement type and award status in both languages (no ":" in a key)', () => {
    for (const catalogue of [fr, en]) {
      for (const type of ACHIEVEMENT_TYPES) {
        expect(typeLabel(type)).not.toContain(':');
        expect(typeof lookup(catalogue, typeLabel(type)), type).toBe('string');
      }
      for (const status of AWARD_STATUSES)
        expect(typeof lookup(catalogue, `badges.awards.status.${status}`)).toBe('string');
    }
  });
});
