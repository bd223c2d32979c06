import { BADGE_PICTOGRAMS, BADGE_SHAPES } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import en from './messages.en.json';
import fr from './messages.fr.json';

describe('the image designer’s labels', () => {
  it('name every shape and pictogram in both languages', () => {
    for (const catalogue of [fr, en]) {
      const art = catalogue.badges.art as {
        shape: Record<string, unknown>;
        pictogram: Record<string, unknown>;
      };
      for (const shape of BADGE_SHAPES) expect(typeof art.shape[shape], shape).toBe('string');
      for (const p of BADGE_PICTOGRAMS) expect(typeof art.pictogram[p], p).toBe('string');
    }
  });
});
