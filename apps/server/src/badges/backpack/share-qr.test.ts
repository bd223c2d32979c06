import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { shareQrSvg } from './share-qr.js';

describe('shareQrSvg', () => {
  it('draws the same QR code as QRCode.toString, once per URL', async () => {
    const url = 'https://territoires.example/partage/abc';
    const first = shareQrSvg(url);
    expect(shareQrSvg(url)).toBe(first);
    expect(await first).toBe(
      await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    );
    const other = await shareQrSvg(`${url}d`);
    expect(other).not.toBe(await first);
  });

  it('forgets the least recently used URL beyond 500', () => {
    const url = (i: number) => `https://territoires.example/partage/lru-${String(i)}`;
    const kept = shareQrSvg(url(0));
    const dropped = shareQrSvg(url(1));
    for (let i = 2; i <= 500; i += 1) {
      if (i === 250) expect(shareQrSvg(url(0))).toBe(kept); // used again: now the most recent
      void shareQrSvg(url(i));
    }
    expect(shareQrSvg(url(0))).toBe(kept);
    expect(shareQrSvg(url(1))).not.toBe(dropped);
  });
});
