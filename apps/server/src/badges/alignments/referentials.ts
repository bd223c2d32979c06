import type { RomeJob } from '@territoires/contracts';
import { readFile } from 'node:fs/promises';

// The ROME and data·inclusion referentials bundled with the server (apps/server/referentials/,
// see its README): read on first use, kept in memory (about 12,000 short lines).

const FOLDER = new URL('../../../referentials/', import.meta.url);

async function lines(file: string): Promise<[string, string][]> {
  const text = await readFile(new URL(file, FOLDER), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const at = line.indexOf(';');
      return [line.slice(0, at), line.slice(at + 1).trim()];
    });
}

/** Lower case, without accents or punctuation: what a search compares. */
export const normalised = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Entry {
  code: string;
  label: string;
  /** The job title, or null for the family's own name. */
  match: string | null;
  words: string[];
}

interface Referentials {
  romes: Map<string, string>;
  entries: Entry[];
  thematiques: Map<string, string>;
}

let loading: Promise<Referentials> | undefined;

async function load(): Promise<Referentials> {
  const [codes, titles, thematiques] = await Promise.all([
    lines('rome-codes.csv'),
    lines('rome-appellations.csv'),
    lines('di-thematiques.csv'),
  ]);
  const romes = new Map(codes);
  const entry = (code: string, label: string, match: string | null): Entry => ({
    code,
    label,
    match,
    words: normalised(`${code} ${match ?? label}`).split(' '),
  });
  const entries = [
    ...codes.map(([code, label]) => entry(code, label, null)),
    ...titles.flatMap(([code, title]) => {
      const label = romes.get(code);
      return label === undefined || title === label ? [] : [entry(code, label, title)];
    }),
  ];
  return { romes, entries, thematiques: new Map(thematiques) };
}

export const referentials = (): Promise<Referentials> => (loading ??= load());

/** The ROME job family's name, or undefined for an unknown code. */
export const romeLabel = async (code: string): Promise<string | undefined> =>
  (await referentials()).romes.get(code);

/** The thématique's French label (the contracts list the codes). */
export const thematiqueLabel = async (code: string): Promise<string> =>
  (await referentials()).thematiques.get(code) ?? code;

/**
 * Job families whose name or one of whose job titles holds every word of the query as the start of
 * one of its words ("cuisi" finds "Cuisinier / Cuisinière"), one line per family, at most `limit`.
 */
export async function searchRome(query: string, limit = 20): Promise<RomeJob[]> {
  const wanted = normalised(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return [];
  const found = new Map<string, RomeJob>();
  for (const entry of (await referentials()).entries) {
    if (found.has(entry.code)) continue;
    if (wanted.every((w) => entry.words.some((word) => word.startsWith(w))))
      found.set(entry.code, { code: entry.code, label: entry.label, match: entry.match });
    if (found.size >= limit) break;
  }
  return [...found.values()];
}
