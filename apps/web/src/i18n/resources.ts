import { DOMAINS } from '../domains.js';
import sharedEn from './shared.en.json';
import sharedFr from './shared.fr.json';
import { mergeTrees, type Tree } from './tree.js';

export type { Tree };

/**
 * The shared messages (layout, common buttons, generic errors, codes several domains show) first,
 * then each domain's own, in the order of the domain list.
 */
export const sources: { name: string; fr: Tree; en: Tree }[] = [
  { name: 'shared', fr: sharedFr, en: sharedEn },
  ...DOMAINS.map(({ name, messages }) => ({ name, ...messages })),
];

export const catalogues = {
  fr: mergeTrees(...sources.map((source) => source.fr)),
  en: mergeTrees(...sources.map((source) => source.en)),
};
