import QRCode from 'qrcode';

// The share page's QR code is a pure function of the link's URL: drawn once per link and kept, the
// least recently used forgotten beyond SIZE (a few KB each). It holds nothing the page does not show.

const SIZE = 500;
const drawn = new Map<string, Promise<string>>();

/** The QR code (SVG) of a share link's URL, drawn at most once while it is remembered. */
export function shareQrSvg(url: string): Promise<string> {
  const known = drawn.get(url);
  if (known) {
    drawn.delete(url);
    drawn.set(url, known);
    return known;
  }
  const svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  drawn.set(url, svg);
  svg.catch(() => {
    if (drawn.get(url) === svg) drawn.delete(url);
  });
  if (drawn.size > SIZE) drawn.delete(drawn.keys().next().value ?? url);
  return svg;
}
