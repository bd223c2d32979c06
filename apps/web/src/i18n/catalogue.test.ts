import {
  AGE_BANDS,
  ALERT_KINDS,
  ERROR_CODES,
  EXIT_CATEGORIES,
  EXIT_SITUATIONS,
  FRENCH_HOLIDAYS,
  ORGANISATION_KINDS,
  PHASES,
  QUALIFICATION_LEVELS,
  REFERRAL_SOURCES,
  ROLES,
  SEXES,
  TEAM_ROLES,
  TERRITORIES,
  TERRITORY_ZONES,
  TIMELINE_EVENT_KINDS,
} from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import { catalogues as trees, sources, type Tree } from './resources.js';

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const catalogues = { fr: flatten(trees.fr), en: flatten(trees.en) };

describe('i18n catalogues', () => {
  it('have exactly the same keys in French and English', () => {
    expect([...catalogues.en.keys()].sort()).toEqual([...catalogues.fr.keys()].sort());
  });

  it('give each message one home: no domain redefines a key of the shared file or of another domain', () => {
    for (const lang of ['fr', 'en'] as const) {
      const homes = new Map<string, string>();
      for (const source of sources) {
        for (const key of flatten(source[lang]).keys()) {
          expect(homes.get(key), `${lang}: ${key} in ${source.name}`).toBeUndefined();
          homes.set(key, source.name);
        }
      }
    }
  });

  it('have no empty message', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const [key, value] of catalogue) expect(value.trim(), key).not.toBe('');
    }
  });

  it('name every API error code under errors.<code>', () => {
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      for (const code of ERROR_CODES)
        expect(catalogue.has(`errors.${code}`), `${lang}: errors.${code}`).toBe(true);
    }
  });

  it('label every stored code', () => {
    const groups: Record<string, readonly string[]> = {
      phase: PHASES,
      referralSource: REFERRAL_SOURCES,
      territory: TERRITORIES,
      territoryZone: TERRITORY_ZONES,
      exitCategory: EXIT_CATEGORIES,
      exitSituation: EXIT_SITUATIONS,
      role: ROLES,
      teamRole: TEAM_ROLES,
      organisationKind: ORGANISATION_KINDS,
      sex: SEXES,
      ageBand: AGE_BANDS,
      qualificationLevel: QUALIFICATION_LEVELS,
      alertKind: ALERT_KINDS,
      holiday: FRENCH_HOLIDAYS,
    };
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      for (const [group, codes] of Object.entries(groups)) {
        for (const code of codes)
          expect(catalogue.has(`codes.${group}.${code}`), `${lang}: codes.${group}.${code}`).toBe(
            true,
          );
      }
      for (const kind of TIMELINE_EVENT_KINDS)
        expect(catalogue.has(`timeline.kind.${kind}`), `${lang}: ${kind}`).toBe(true);
    }
  });
});
