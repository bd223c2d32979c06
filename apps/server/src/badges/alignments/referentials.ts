import type { RomeJob } from '@territoires/contracts';
import { readFile } from 'node:fs/promises';

// The ROME and data·inclusion referentials bundled with the server (apps/server/referentials/,
// see its README): read on first use, kept in memory (about 12,000 short lines).

const FOLDER = new URL('../../../referentials/', import.meta.url);

/** A bundled CSV's rows (after its header), split on ";" into at most `columns` fields. */
async function rows(file: string, columns = 2): Promise<string[][]> {
  const text = await readFile(new URL(file, FOLDER), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = line.split(';');
      return [...fields.slice(0, columns - 1), fields.slice(columns - 1).join(';')].map((f) =>
        f.trim(),
      );
    });
}

const pairs = async (file: string): Promise<[string, string][]> =>
  (await rows(file)).map(([a = '', b = '']) => [a, b]);

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
  /** The job title's ROME (OGR) code, or null for the family's own name. */
  appellation: string | null;
  words: string[];
}

interface Referentials {
  romes: Map<string, string>;
  /** Job titles by their OGR code: the family's code and the title. */
  appellations: Map<string, { code: string; title: string }>;
  entries: Entry[];
  thematiques: Map<string, string>;
}

let loading: Promise<Referentials> | undefined;

async function load(): Promise<Referentials> {
  const [codes, titles, thematiques] = await Promise.all([
    pairs('rome-codes.csv'),
    rows('rome-appellations.csv', 3),
    pairs('di-thematiques.csv'),
  ]);
  const romes = new Map(codes);
  const entry = (code: string, label: string, title: string | null, ogr: string | null) => ({
    code,
    label,
    match: title,
    appellation: ogr,
    words: normalised(`${code} ${title ?? label}`).split(' '),
  });
  const appellations = new Map<string, { code: string; title: string }>();
  const entries: Entry[] = codes.map(([code, label]) => entry(code, label, null, null));
  for (const [ogr = '', code = '', title = ''] of titles) {
    const label = romes.get(code);
    if (label === undefined) continue;
    appellations.set(ogr, { code, title });
    entries.push(entry(code, label, title, ogr));
  }
  return { romes, appellations, entries, thematiques: new Map(thematiques) };
}

export const referentials = (): Promise<Referentials> => (loading ??= load());

/** The ROME job family's name, or undefined for an unknown code. */
export const romeLabel = async (code: string): Promise<string | undefined> =>
  (await referentials()).romes.get(code);

/** The thématique's French label (the contracts list the codes). */
export const thematiqueLabel = async (code: string): Promise<string> =>
  (await referentials()).thematiques.get(code) ?? code;

/** A job title by its OGR code, or undefined when it is not under that ROME code. */
export async function romeAppellation(
  code: string,
  appellation: string,
): Promise<string | undefined> {
  const found = (await referentials()).appellations.get(appellation);
  return found?.code === code ? found.title : undefined;
}

/**
 * Job families and job titles whose name holds every word of the query as the start of one of its
 * words ("cuisi" finds "Cuisinier / Cuisinière"): each family once, then each matching title of it,
 * at most `limit` lines, so the designer aligns to the family or to the exact job.
 */
export async function searchRome(query: string, limit = 20): Promise<RomeJob[]> {
  const wanted = normalised(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return [];
  const found: RomeJob[] = [];
  const seen = new Set<string>();
  for (const entry of (await referentials()).entries) {
    if (found.length >= limit) break;
    if (!wanted.every((w) => entry.words.some((word) => word.startsWith(w)))) continue;
    // A title that says the family's own name adds nothing to the family's line.
    const key = `${entry.code} ${entry.match === entry.label ? '' : (entry.appellation ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(
      entry.match === null || entry.match === entry.label
        ? { code: entry.code, label: entry.label, match: null, appellation: null }
        : {
            code: entry.code,
            label: entry.label,
            match: entry.match,
            appellation: entry.appellation,
          },
    );
  }
  return found;
}
