import { ValidationError } from '../../errors/index.js';
import type { SvgDocument, SvgElement } from './dom.js';

// What an uploaded SVG may not hold: the checks run on the parsed document, before the sanitiser,
// so that a script or an external reference is refused and named, never silently dropped.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that run code, embed other documents or media. */
const FORBIDDEN = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'canvas',
  'handler',
  'listener',
]);
const ANIMATIONS = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'discard']);
/** More than any badge needs; bounds the work of the sanitiser and of the renderer. */
export const MAX_SVG_ELEMENTS = 10_000;
/** Embedded pictures: data: URLs of raster images only (not SVG: it would escape these checks). */
const LOCAL_DATA = /^data:image\/(png|jpeg|gif|webp)[;,]/i;

export const unsafe = (what: string) =>
  new ValidationError('badges.svg_unsafe', `The SVG is refused: ${what}.`);
export const invalid = (why: string) =>
  new ValidationError('badges.svg_invalid', `This is not a readable SVG image: ${why}.`);

/** A reference is allowed when it stays in the document (#id) or is an embedded raster picture. */
export const isLocal = (target: string): boolean => {
  const value = target
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .trim();
  return value.startsWith('#') || LOCAL_DATA.test(value);
};

/** Every url(…) of a style or an attribute must be local. */
function checkUrls(text: string, where: string): void {
  if (/@import/i.test(text)) throw unsafe(`a style imports another sheet (${where})`);
  for (const match of text.matchAll(/url\s*\(([^)]*)\)/gi)) {
    if (!isLocal(match[1] ?? '')) throw unsafe(`an external reference in ${where}`);
  }
}

function checkAttributes(element: SvgElement): void {
  const name = element.localName.toLowerCase();
  for (const attribute of Array.from(element.attributes)) {
    const local = attribute.localName.toLowerCase();
    if (local.startsWith('on')) throw unsafe(`an event handler (${attribute.name} on <${name}>)`);
    if ((local === 'href' || local === 'src') && !isLocal(attribute.value))
      throw unsafe(`an external reference (${attribute.name} on <${name}>)`);
    if (ANIMATIONS.has(name) && local === 'attributename' && /href/i.test(attribute.value))
      throw unsafe(`an animation of a link (<${name}>)`);
    checkUrls(attribute.value, `${attribute.name} on <${name}>`);
  }
}

/** Refuses what an SVG badge may not hold, naming it; counts the elements. */
export function checkSvgDocument(document: SvgDocument): void {
  const root = document.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) throw invalid('no <svg> root');
  const elements = Array.from(document.getElementsByTagName('*'));
  if (elements.length > MAX_SVG_ELEMENTS)
    throw new ValidationError(
      'badges.svg_too_complex',
      `The SVG holds more than ${MAX_SVG_ELEMENTS} elements.`,
    );
  for (const element of elements) {
    const name = element.localName.toLowerCase();
    if (FORBIDDEN.has(name)) throw unsafe(`a <${element.localName}> element`);
    if (element.namespaceURI === XHTML_NS) throw unsafe(`an HTML element (<${name}>)`);
    checkAttributes(element);
    if (name === 'style') checkUrls(element.textContent ?? '', '<style>');
  }
}

/** Checks on the text itself, before parsing: entity definitions and style sheets linked by a PI. */
export function checkSvgText(text: string): void {
  if (/<!ENTITY/i.test(text)) throw unsafe('an entity definition');
  if (/<\?xml-stylesheet/i.test(text)) throw unsafe('a linked style sheet');
}
