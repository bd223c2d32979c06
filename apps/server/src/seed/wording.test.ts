import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The demo's words reach the participant space: key objectives, activities, places, organisations,
// staff names, badges, reflexivity times. No middle-dot form ("seul·e") in any of them: every string
// written by the seed is read here (the standard's own name, data·inclusion, keeps its dot).

const SEED_DIR = import.meta.dirname;
const PROPER_NAMES = /data·inclusion/g;

/** Every string literal and template text of a source file, with its line. */
function stringsOf(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node))
      found.push({
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        text: node.text,
      });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const seedFiles = readdirSync(SEED_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => join(SEED_DIR, name));

describe('demo seed wording', () => {
  it('reads the seed’s sources, strings included', () => {
    expect(seedFiles.length).toBeGreaterThan(3);
    const personas = stringsOf(join(SEED_DIR, 'personas.ts')).map((s) => s.text);
    expect(personas).toContain('Prendre le bus sans aide');
  });

  it('has no middle-dot form in any string the demo writes', () => {
    const dotted = seedFiles.flatMap((file) =>
      stringsOf(file)
        .filter(({ text }) => text.replace(PROPER_NAMES, '').includes('·'))
        .map(({ line, text }) => `${file.slice(SEED_DIR.length + 1)}:${String(line)} ${text}`),
    );
    expect(dotted).toEqual([]);
  });
});
