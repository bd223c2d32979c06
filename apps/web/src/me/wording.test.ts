import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n/resources.js';
import type { Tree } from '../i18n/tree.js';
import { participantCatalogues } from './i18n.js';

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

// The standard's own name is written with its middle dot; nothing else is.
const PROPER_NAMES = /data·inclusion/g;
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('participant-space wording', () => {
  it.each(['fr', 'en'] as const)('has no middle-dot form (%s)', (lang) => {
    const dotted = flatten(participantCatalogues[lang]).filter(([, message]) =>
      message.replace(PROPER_NAMES, '').includes('·'),
    );
    expect(dotted).toEqual([]);
  });
});

describe('count messages', () => {
  const all = { ...Object.fromEntries(Object.entries(catalogues)), me: participantCatalogues.fr };
  it.each(Object.keys(all))('come with their plural forms, _one and _other (%s)', (name) => {
    const messages = new Map(flatten((all as Record<string, Tree>)[name] ?? {}));
    for (const [key, message] of messages) {
      if (!message.includes('{{count}}')) continue;
      expect(key, `${key}: a count message needs i18next's plural keys`).toMatch(PLURAL);
      const base = key.replace(PLURAL, '');
      expect(messages.has(`${base}_one`), `${base}_one`).toBe(true);
      expect(messages.has(`${base}_other`), `${base}_other`).toBe(true);
    }
  });
});
