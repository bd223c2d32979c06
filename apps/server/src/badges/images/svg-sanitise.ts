import { ValidationError } from '../../errors/index.js';
import type { JsdomConstructor, PurifierFactory, SvgDocument } from './dom.js';
import { checkSvgDocument, checkSvgText, invalid } from './svg-check.js';
import { checkEmbeddedPictures } from './svg-pictures.js';

// An uploaded SVG: refused when it holds scripts, event handlers, foreignObject or external
// references (svg-check.ts names what), then cleaned by DOMPurify (its SVG profile, plus <use>,
// whose references the checks keep local) as a second line, and serialised again.

/** An SVG badge is a drawing, not a document: 1 MB is far more than one needs. */
export const MAX_SVG_BYTES = 1024 * 1024;

// jsdom and DOMPurify are loaded on the first SVG, not with every process; both are seen through
// dom.ts (jsdom has no types, DOMPurify's need the DOM's, which the server is built without).
const JSDOM_MODULE: string = 'jsdom';
const PURIFY_MODULE: string = 'dompurify';
const dom = async () => {
  const [jsdom, purify] = (await Promise.all([import(JSDOM_MODULE), import(PURIFY_MODULE)])) as [
    { JSDOM: JsdomConstructor },
    { default: PurifierFactory },
  ];
  return { JSDOM: jsdom.JSDOM, createDOMPurify: purify.default };
};

/** Looks like an SVG document (whatever the name says): an XML text whose root is <svg>. */
export function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

/** The SVG, checked and cleaned, as text; a refusal names what was found. */
export async function sanitiseSvg(bytes: Buffer): Promise<string> {
  if (bytes.length > MAX_SVG_BYTES)
    throw new ValidationError('badges.svg_too_complex', 'An SVG badge weighs 1 MB at most.');
  const text = bytes.toString('utf8');
  checkSvgText(text);
  const { JSDOM, createDOMPurify } = await dom();
  let document: SvgDocument;
  try {
    document = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
  } catch {
    throw invalid('the XML is not well formed');
  }
  checkSvgDocument(document);
  await checkEmbeddedPictures(document);
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window);
  const body = purify.sanitize(document.documentElement, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
    RETURN_DOM: true,
  });
  const svg = body.firstElementChild;
  if (svg?.localName !== 'svg') throw invalid('nothing is left of it');
  return new window.XMLSerializer().serializeToString(svg);
}
