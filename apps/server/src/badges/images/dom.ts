// The little of the DOM the SVG checks read: the server is built without the DOM's types, and
// jsdom (which has no types of its own) and DOMPurify are seen through these.

export interface SvgAttribute {
  readonly name: string;
  readonly localName: string;
  readonly value: string;
}

export interface SvgElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly attributes: ArrayLike<SvgAttribute>;
  readonly textContent: string | null;
  readonly firstElementChild: SvgElement | null;
}

export interface SvgDocument {
  readonly documentElement: SvgElement;
  getElementsByTagName(name: string): ArrayLike<SvgElement>;
}

export interface DomWindow {
  readonly document: SvgDocument;
  readonly XMLSerializer: new () => { serializeToString(node: SvgElement): string };
}

export interface Purifier {
  sanitize(
    node: SvgElement,
    config: {
      USE_PROFILES: { svg: boolean; svgFilters: boolean };
      ADD_TAGS: string[];
      RETURN_DOM: true;
    },
  ): SvgElement;
}
export type PurifierFactory = (window: DomWindow) => Purifier;

export type JsdomConstructor = new (
  text?: string,
  options?: { contentType?: string },
) => { readonly window: DomWindow };
