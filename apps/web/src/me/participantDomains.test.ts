import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../domains.js';
import { participantCatalogues } from './i18n.js';
import { participantDomains } from './participantDomains.js';

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);

describe('the participant domain list', () => {
  it('gives the staff list the same /moi screens and tiles (declared once)', () => {
    const staffTiles = DOMAINS.flatMap((domain) => domain.participantTiles ?? []);
    const tiles = participantDomains().flatMap((domain) => domain.tiles ?? []);
    expect(new Set(staffTiles)).toEqual(new Set(tiles));
    const staffRoutes = DOMAINS.flatMap((domain) => domain.participantRoutes ?? []);
    expect(new Set(staffRoutes)).toEqual(
      new Set(participantDomains().flatMap((domain) => domain.routes ?? [])),
    );
  });

  it('has every tile worded in both languages in the participant catalogue', () => {
    const tiles = participantDomains().flatMap((domain) => domain.tiles ?? []);
    expect(tiles.length).toBeGreaterThan(0);
    for (const tile of tiles)
      for (const key of [tile.label, tile.hint]) {
        expect(typeof lookup(participantCatalogues.fr, key), key).toBe('string');
        expect(typeof lookup(participantCatalogues.en, key), key).toBe('string');
      }
  });
});
