import { describe, expect, it } from 'vitest';
import { fittedSize, LONGEST_SIDE, shrinkPhoto } from './shrinkPhoto.js';

describe('shrinking a photo before upload', () => {
  it('brings the longest side down to 2,560 px, keeping the proportions, never enlarging', () => {
    expect(LONGEST_SIDE).toBe(2560);
    expect(fittedSize(4000, 3000)).toEqual({ width: 2560, height: 1920 });
    expect(fittedSize(3024, 4032)).toEqual({ width: 1920, height: 2560 });
    expect(fittedSize(1200, 800)).toEqual({ width: 1200, height: 800 });
  });

  it('sends a PDF, or a photo the browser cannot draw, as it is', async () => {
    const pdf = new File(['%PDF-1.7'], 'attestation.pdf', { type: 'application/pdf' });
    expect(await shrinkPhoto(pdf)).toBe(pdf);
    // jsdom draws nothing: the photo goes as taken, rather than failing the upload.
    const photo = new File([new Uint8Array(2_000_000)], 'photo.jpg', { type: 'image/jpeg' });
    expect(await shrinkPhoto(photo)).toBe(photo);
  });
});
