import { OpenBadgesError } from '../errors.js';
import type { Unbaked } from './bake-png.js';
import { checkSize, isCompactJws, payloadText } from './limits.js';
import type { BakeOptions, BakedVersion, SizeLimitOptions } from './limits.js';
import { decodeEntities, localName, prefixOf, tokenizeXml } from './xml-tokens.js';
import type { XmlToken } from './xml-tokens.js';

type StartToken = XmlToken & { kind: 'start' };

/** Namespace and element name of a baked badge, per version (OB 3.0 §5.3.2, OB 2.0 baking spec). */
export const SVG_BADGE: Readonly<Record<BakedVersion, { ns: string; element: string }>> = {
  '3.0': { ns: 'https://purl.imsglobal.org/ob/v3p0', element: 'credential' },
  '2.0': { ns: 'http://openbadges.org', element: 'assertion' },
};

// The W3C SVG DTDs are the only DOCTYPEs accepted: badge images in the wild (1EdTech's samples included) carry
// them, and since nothing here ever loads a DTD they are inert. Anything else, and any internal subset, is refused.
const SAFE_DOCTYPE =
  /^<!DOCTYPE\s+svg(?:\s+PUBLIC\s+"-\/\/W3C\/\/DTD SVG 1\.[01](?: Basic| Tiny)?\/\/EN"\s+"http:\/\/www\.w3\.org\/Graphics\/SVG\/1\.[01]\/DTD\/[\w.-]+\.dtd")?\s*>$/;

function unsafe(message: string): OpenBadgesError {
  return new OpenBadgesError('ob.bake.unsafe_svg', message);
}

function refuseUnsafe(token: XmlToken): void {
  if (token.kind === 'doctype' && !SAFE_DOCTYPE.test(token.raw)) {
    throw unsafe('The SVG declares a DOCTYPE other than the W3C SVG one, or entities.');
  }
  if (token.kind !== 'start') return;
  if (localName(token.name).toLowerCase() === 'script')
    throw unsafe('The SVG contains a <script> element.');
  for (const attr of token.attrs) {
    const name = localName(attr.name).toLowerCase();
    if (name.startsWith('on'))
      throw unsafe(`The SVG contains an event handler attribute (${attr.name}).`);
    if (name === 'href' && /^\s*javascript:/i.test(attr.value))
      throw unsafe('The SVG contains a javascript: link.');
  }
}

interface ParsedSvg {
  tokens: XmlToken[];
  root: StartToken;
  /** Index ranges [open, close] in `tokens` of each badge element (close === open when self-closing). */
  badges: { version: BakedVersion; open: number; close: number }[];
}

const BY_NAMESPACE = new Map<string, BakedVersion>([
  [SVG_BADGE['3.0'].ns, '3.0'],
  [SVG_BADGE['2.0'].ns, '2.0'],
]);
const BADGE_ELEMENTS = new Set([SVG_BADGE['3.0'].element, SVG_BADGE['2.0'].element]);

/** The namespaces an element declares: `xmlns:p` under the prefix, `xmlns` under the empty prefix. */
function declarations(token: StartToken): Map<string, string> {
  const declared = new Map<string, string>();
  for (const attr of token.attrs) {
    if (attr.name === 'xmlns') declared.set('', attr.value);
    else if (attr.name.startsWith('xmlns:')) declared.set(attr.name.slice(6), attr.value);
  }
  return declared;
}

/** The namespace, not the prefix, decides: `<x:credential>` is a badge when `x` is bound to a badge namespace. */
function badgeVersion(
  token: StartToken,
  scopes: readonly Map<string, string>[],
): BakedVersion | undefined {
  if (!BADGE_ELEMENTS.has(localName(token.name))) return undefined;
  const prefix = prefixOf(token.name);
  for (let i = scopes.length - 1; i >= 0; i -= 1) {
    const ns = scopes[i]?.get(prefix);
    if (ns !== undefined) return BY_NAMESPACE.get(ns);
  }
  return undefined;
}

function parseSvg(svg: string, opts: SizeLimitOptions | undefined): ParsedSvg {
  checkSize(Buffer.byteLength(svg, 'utf8'), opts, 'image');
  const tokens = tokenizeXml(svg, refuseUnsafe);
  const root = tokens.find((t): t is StartToken => t.kind === 'start');
  if (root === undefined || localName(root.name) !== 'svg') {
    throw new OpenBadgesError('ob.bake.malformed_image', 'The document is not an SVG image.');
  }
  return { tokens, root, badges: findBadges(tokens) };
}

/**
 * One pass with a stack of open elements and their namespace declarations, so matching start and end tags and
 * resolving prefixes costs O(n × depth) however the document nests.
 */
function findBadges(tokens: readonly XmlToken[]): ParsedSvg['badges'] {
  const badges: ParsedSvg['badges'] = [];
  const open: { index: number; version: BakedVersion | undefined }[] = [];
  const scopes: Map<string, string>[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'start') {
      scopes.push(declarations(token));
      const version = badgeVersion(token, scopes);
      if (token.selfClosing) {
        scopes.pop();
        if (version !== undefined) badges.push({ version, open: index, close: index });
      } else {
        open.push({ index, version });
      }
    } else if (token.kind === 'end') {
      scopes.pop();
      const start = open.pop(); // tokenizeXml has already checked the nesting
      if (start?.version !== undefined)
        badges.push({ version: start.version, open: start.index, close: index });
    }
  });
  // Document order of the start tags, which the splicing in bakeSvg relies on.
  return badges.sort((a, b) => a.open - b.open);
}

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

function elementPayload(parsed: ParsedSvg, open: number, close: number): string {
  let content = '';
  for (let i = open + 1; i < close; i++) {
    const token = parsed.tokens[i];
    if (token?.kind === 'text') content += decodeEntities(token.text, token.start);
    if (token?.kind === 'cdata') content += token.text;
  }
  content = content.replace(XML_SPACE, '');
  if (content !== '') return content;
  const start = parsed.tokens[open] as StartToken;
  const verify = start.attrs.find((a) => a.name === 'verify')?.value.replace(XML_SPACE, '') ?? '';
  if (verify === '')
    throw new OpenBadgesError('ob.bake.no_credential', 'The SVG badge element is empty.');
  return verify;
}

/**
 * Reads the one badge element of an SVG: its text/CDATA content (JSON) or, when empty, its `verify` attribute
 * (compact JWS, or an OB 2.0 assertion URL). Surrounding XML whitespace is not part of the payload.
 */
export function unbakeSvg(svg: string, opts?: SizeLimitOptions): Unbaked {
  const parsed = parseSvg(svg, opts);
  const [first, second] = parsed.badges;
  if (first === undefined)
    throw new OpenBadgesError('ob.bake.no_credential', 'The SVG holds no baked badge.');
  if (second !== undefined) {
    throw new OpenBadgesError(
      'ob.bake.multiple_credentials',
      'The SVG holds more than one baked badge.',
      {
        count: parsed.badges.length,
      },
    );
  }
  return {
    kind: 'svg',
    version: first.version,
    payload: elementPayload(parsed, first.open, first.close),
  };
}

// XML 1.0 `Char` production: anything else cannot be carried by an XML document at all.
const NON_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function badgeElement(text: string, version: BakedVersion): string {
  const name = `openbadges:${SVG_BADGE[version].element}`;
  const asAttribute = isCompactJws(text) || (version === '2.0' && /^https?:\/\/\S+$/.test(text));
  if (asAttribute) return `<${name} verify="${escapeAttribute(text)}"/>`;
  // `]]>` cannot appear inside CDATA: close the section between `]]` and `>` and reopen it.
  return `<${name}><![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]></${name}>`;
}

/** The root start tag with `xmlns:openbadges` bound to the version's namespace (added, or its value replaced). */
function withBadgeNamespace(tag: string, root: StartToken, version: BakedVersion): string {
  const ns = SVG_BADGE[version].ns;
  const bound = root.attrs.find((a) => a.name === 'xmlns:openbadges');
  if (bound?.value === ns) return tag;
  if (bound !== undefined)
    return tag.replace(/(\sxmlns:openbadges\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ns}"`);
  const afterName = `<${root.name}`.length;
  return `${tag.slice(0, afterName)} xmlns:openbadges="${ns}"${tag.slice(afterName)}`;
}

/**
 * Returns the SVG with `payload` in one badge element right after the root start tag; any badge element already
 * there (either version) is removed. Strings are embedded exactly; a compact JWS goes into the `verify` attribute.
 */
export function bakeSvg(svg: string, payload: string | object, opts?: BakeOptions): string {
  const text = payloadText(payload);
  checkSize(Buffer.byteLength(text, 'utf8'), opts, 'payload');
  if (NON_XML_CHAR.test(text)) {
    throw new OpenBadgesError(
      'ob.invalid_argument',
      'The payload contains characters that XML cannot carry.',
    );
  }
  if (text !== text.replace(XML_SPACE, '') || text === '') {
    throw new OpenBadgesError(
      'ob.invalid_argument',
      'The payload is empty or starts or ends with whitespace.',
    );
  }
  const version = opts?.version ?? '3.0';
  const { tokens, root, badges } = parseSvg(svg, opts);
  const element = badgeElement(text, version);
  const rootTag = withBadgeNamespace(svg.slice(root.start, root.end), root, version);
  const head = root.selfClosing
    ? `${rootTag.replace(/\s*\/>$/, '>')}\n${element}\n</${root.name}>`
    : `${rootTag}\n${element}`;
  let out = svg.slice(0, root.start) + head;
  let pos = root.end;
  for (const badge of badges) {
    const from = tokens[badge.open]?.start ?? pos;
    if (from < pos) continue; // nested inside a badge element already removed
    out += svg.slice(pos, from);
    pos = tokens[badge.close]?.end ?? from;
  }
  return out + svg.slice(pos);
}
