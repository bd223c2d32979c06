import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './paths.js';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a one-frame Y4M video (I420, 640×480) showing `text` as a QR code, black on white, for
 * Chromium's fake camera (`--use-file-for-fake-video-capture`, which loops the file). The card
 * scanner then decodes it through the real path: getUserMedia → <video> → canvas → jsQR.
 */
export function writeQrY4m(text: string, path: string): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cells = modules.size + 2 * quiet;
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / cells);
  const left = Math.floor((WIDTH - cells * scale) / 2);
  const top = Math.floor((HEIGHT - cells * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        const offset = (top + (row + quiet) * scale + y) * WIDTH + left + (col + quiet) * scale;
        luma.fill(16, offset, offset + scale);
      }
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
      Buffer.from('FRAME\n'),
      luma,
      chroma,
      chroma,
    ]),
  );
}

/** Chromium whose camera shows the given Y4M, with the camera permission granted without a prompt. */
export function launchBrowserWithCamera(y4mPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--lang=fr-FR',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mPath}`,
    ],
  });
}
