import { OpenBadgesError } from '../errors.js';

/**
 * A deliberately small, non-validating XML tokenizer: just enough to find and splice badge elements in an SVG.
 * It never resolves entities beyond the five predefined ones and character references, and never fetches anything.
 * Each construct is found with indexOf or a sticky regex, so the time is linear in the input.
 */
export interface XmlAttribute {
  readonly name: string;
  /** Entity-decoded value. */
  readonly value: string;
}

export type XmlToken =
  | {
      kind: 'start';
      name: string;
      attrs: XmlAttribute[];
      selfClosing: boolean;
      start: number;
      end: number;
    }
  | { kind: 'end'; name: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'cdata'; text: string; start: number; end: number }
  | { kind: 'doctype'; raw: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

function malformed(message: string, offset: number): OpenBadgesError {
  return new OpenBadgesError('ob.bake.malformed_image', message, { offset });
}

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

export function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,10});?/g, (whole, name: string) => {
    const code = name.startsWith('#x')
      ? Number.parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? Number.parseInt(name.slice(1), 10)
        : undefined;
    if (
      code !== undefined &&
      whole.endsWith(';') &&
      Number.isInteger(code) &&
      code > 0 &&
      code <= 0x10ffff
    ) {
      return String.fromCodePoint(code);
    }
    const named = PREDEFINED[name];
    if (named !== undefined && whole.endsWith(';')) return named;
    throw malformed(`Unknown or unterminated entity "${whole.slice(0, 12)}".`, offset);
  });
}

const NAME = /[^\s/>=<"']+/y;
const ATTRIBUTE = /\s+([^\s/>=<"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_CLOSE = /\s*(\/?)>/y;

function readStartTag(xml: string, start: number): XmlToken & { kind: 'start' } {
  NAME.lastIndex = start + 1;
  const nameMatch = NAME.exec(xml);
  if (nameMatch === null) throw malformed('Invalid start tag.', start);
  const attrs: XmlAttribute[] = [];
  let pos = NAME.lastIndex;
  for (;;) {
    TAG_CLOSE.lastIndex = pos;
    const close = TAG_CLOSE.exec(xml);
    if (close !== null) {
      const selfClosing = close[1] === '/';
      return {
        kind: 'start',
        name: nameMatch[0],
        attrs,
        selfClosing,
        start,
        end: TAG_CLOSE.lastIndex,
      };
    }
    ATTRIBUTE.lastIndex = pos;
    const attr = ATTRIBUTE.exec(xml);
    if (attr === null) throw malformed('Invalid attribute or unterminated start tag.', pos);
    attrs.push({ name: attr[1] ?? '', value: decodeEntities(attr[2] ?? attr[3] ?? '', pos) });
    pos = ATTRIBUTE.lastIndex;
  }
}

function until(xml: string, from: number, terminator: string, what: string): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) throw malformed(`Unterminated ${what}.`, from);
  return at + terminator.length;
}

function readMarkup(xml: string, start: number): XmlToken {
  if (xml.startsWith('<!--', start))
    return { kind: 'other', start, end: until(xml, start + 4, '-->', 'comment') };
  if (xml.startsWith('<![CDATA[', start)) {
    const end = until(xml, start + 9, ']]>', 'CDATA section');
    return { kind: 'cdata', text: xml.slice(start + 9, end - 3), start, end };
  }
  if (xml.startsWith('<?', start))
    return { kind: 'other', start, end: until(xml, start + 2, '?>', 'processing instruction') };
  if (xml.startsWith('<!DOCTYPE', start)) {
    // The internal subset (entity declarations) is bracketed; stop at the first `>` or `[` and let the caller refuse.
    const close = xml.indexOf('>', start);
    const bracket = xml.indexOf('[', start);
    const end = bracket >= 0 && (close < 0 || bracket < close) ? bracket + 1 : close + 1;
    if (end === 0) throw malformed('Unterminated DOCTYPE.', start);
    return { kind: 'doctype', raw: xml.slice(start, end), start, end };
  }
  if (xml.startsWith('<!', start)) throw malformed('Unsupported markup declaration.', start);
  if (xml.startsWith('</', start)) {
    const end = until(xml, start + 2, '>', 'end tag');
    return { kind: 'end', name: xml.slice(start + 2, end - 1).trim(), start, end };
  }
  return readStartTag(xml, start);
}

/**
 * Tokenizes a whole document, checking that start and end tags nest properly. `inspect` sees each token as soon as
 * it is read, so a caller can refuse dangerous markup before anything after it is even looked at.
 */
export function tokenizeXml(
  xml: string,
  inspect: (token: XmlToken) => void = () => undefined,
): XmlToken[] {
  const tokens: XmlToken[] = [];
  const open: string[] = [];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) {
      tokens.push({ kind: 'text', text: xml.slice(pos, textEnd), start: pos, end: textEnd });
      pos = textEnd;
      continue;
    }
    const token = readMarkup(xml, pos);
    inspect(token);
    if (token.kind === 'start' && !token.selfClosing) open.push(token.name);
    if (token.kind === 'end' && open.pop() !== token.name)
      throw malformed(`Mismatched end tag </${token.name}>.`, pos);
    tokens.push(token);
    pos = token.end;
  }
  if (open.length > 0)
    throw malformed(`Unclosed element <${open[open.length - 1] ?? ''}>.`, xml.length);
  return tokens;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}
