import { OpenBadgesError } from '../errors.js';

/** Nesting deeper than this is refused: no credential needs it, and recursive JSON-LD and JSON code would overflow. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function malformed(): OpenBadgesError {
  return new OpenBadgesError('ob.malformed_json', 'The JSON text is malformed', {});
}

function tooDeep(max: number): OpenBadgesError {
  return new OpenBadgesError('ob.json_too_deep', `The JSON nests deeper than ${max} levels`, {
    max,
  });
}

/** Index just after the string literal starting at `start` (an opening quote). */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw malformed();
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function keyOf(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    throw malformed();
  }
}

/**
 * Refuses duplicate object keys (JSON.parse keeps the last one silently, so two readers of the same text could see
 * two different credentials) and nesting deeper than `maxDepth`. One pass over the text, no recursion; the text
 * must then still be parsed by JSON.parse, which checks the rest of the grammar.
 */
export function assertStrictJson(text: string, maxDepth = MAX_JSON_DEPTH): void {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const key = keyOf(text, i, end);
        if (keys.has(key))
          throw new OpenBadgesError('ob.json_duplicate_key', `Duplicate JSON key "${key}"`, {
            key,
          });
        keys.add(key);
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      stack.push(c === 0x7b ? new Set() : null);
      if (stack.length > maxDepth) throw tooDeep(maxDepth);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
    i += 1;
  }
}

/** JSON.parse after assertStrictJson; throws OpenBadgesError (`ob.malformed_json`, duplicate key, too deep). */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  assertStrictJson(text, maxDepth);
  try {
    return JSON.parse(text);
  } catch {
    throw malformed();
  }
}

// A 1 MB JSON text holds far fewer values; an object graph sharing sub-objects could otherwise be walked forever.
const MAX_NODES = 1_000_000;

/**
 * Refuses a value nested deeper than `maxDepth` (a cycle counts as infinitely deep). Iterative, so a hostile
 * object cannot overflow the stack here; JSON.stringify and structuredClone would.
 */
export function assertShallow(value: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const pending: [unknown, number][] = [[value, 0]];
  let visited = 0;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) throw tooDeep(maxDepth);
    visited += 1;
    if (visited > MAX_NODES)
      throw new OpenBadgesError('ob.document_too_large', 'The document has too many values', {});
    for (const child of Array.isArray(node) ? node : Object.values(node))
      pending.push([child, depth + 1]);
  }
}
