import type { BadgePictogram } from '@territoires/contracts';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// The curated pictograms (contracts: BADGE_PICTOGRAMS, labels in the web app) drawn from Lucide
// (lucide-static, ISC licence): 24×24 stroked drawings, read from the package, never from elsewhere.

const LUCIDE: Record<BadgePictogram, string> = {
  outils: 'wrench',
  marteau: 'hammer',
  cle: 'key',
  cuisine: 'chef-hat',
  cafe: 'coffee',
  jardin: 'sprout',
  arbre: 'tree-deciduous',
  sport: 'dumbbell',
  velo: 'bike',
  ordinateur: 'laptop',
  telephone: 'smartphone',
  'poignee-de-main': 'handshake',
  groupe: 'users',
  coeur: 'heart',
  horloge: 'clock',
  calendrier: 'calendar',
  bus: 'bus',
  voiture: 'car',
  livre: 'book-open',
  diplome: 'graduation-cap',
  medaille: 'medal',
  etoile: 'star',
  parole: 'message-circle',
  micro: 'mic',
  musique: 'music',
  palette: 'palette',
  'appareil-photo': 'camera',
  maison: 'house',
  securite: 'shield-check',
  recyclage: 'recycle',
  carte: 'map',
  ampoule: 'lightbulb',
};

const require = createRequire(import.meta.url);
const drawings = new Map<BadgePictogram, Promise<string>>();

async function read(pictogram: BadgePictogram): Promise<string> {
  const file = require.resolve(`lucide-static/icons/${LUCIDE[pictogram]}.svg`);
  const svg = await readFile(file, 'utf8');
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
  if (inner === undefined) throw new Error(`lucide icon ${LUCIDE[pictogram]} unreadable`);
  return inner.trim();
}

/** The pictogram's shapes (paths, circles…) in its 24×24 box, without its <svg> element. */
export function pictogramShapes(pictogram: BadgePictogram): Promise<string> {
  let drawing = drawings.get(pictogram);
  if (drawing === undefined) {
    drawing = read(pictogram);
    drawings.set(pictogram, drawing);
  }
  return drawing;
}
