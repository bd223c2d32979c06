import type { EvidenceFile, Experience } from '@territoires/contracts';
import { count, eq } from 'drizzle-orm';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { deflateSync } from 'node:zlib';
import { connect, type AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { evidenceFiles } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { multipart, pdf, phoneJpeg, png } from './test-support/factories.js';
import { buildWorld, followedParticipant } from '../test-support/world.js';

const ctx = useTestApp();
let referent: Client;
let experience: Experience;

const upload = (bytes: Buffer, filename: string, type: string, field = 'file') =>
  referent.request({
    method: 'POST',
    url: `/api/experiences/${experience.id}/files`,
    ...multipart(bytes, filename, type, field),
  });

/** Every file under the storage directory, temporary ones included. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(ctx.filesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const rows = async () =>
  (
    await ctx.database.db
      .select({ n: count() })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.experienceId, experience.id))
  )[0]?.n;

/** A real decompression bomb: a 1-bit PNG of 30000×30000 pixels of one colour, ~110 KB on disk. */
function pngBomb(side = 30_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc(side * (1 + Math.ceil(side / 8))); // filter byte + bits, all zero
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

beforeAll(async () => {
  const world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  const participant = await followedParticipant(ctx.services, world);
  const created = await referent.request({
    method: 'POST',
    url: `/api/participants/${participant.id}/experiences`,
    payload: { kind: 'immersion', title: 'Une journée à la boulangerie', occurredOn: '2026-03-12' },
  });
  expect(created.statusCode, created.body).toBe(201);
  experience = created.json<Experience>();
});

describe('evidence upload', () => {
  it('re-encodes a phone photo: upright, at most 2560 px, no EXIF or GPS left', async () => {
    const original = await phoneJpeg();
    const meta = await sharp(original).metadata();
    // The test photo really carries a GPS block and an orientation.
    expect(meta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(meta.orientation).toBe(6);
    const res = await upload(original, 'IMG_0042.JPG', 'image/jpeg');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json<EvidenceFile>();
    expect(file).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', name: 'IMG_0042.jpg' });
    expect([file.width, file.height]).toEqual([48, 64]);

    const download = await referent.request({ method: 'GET', url: `/api/files/${file.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const stored = download.rawPayload;
    const storedMeta = await sharp(stored).metadata();
    expect(storedMeta.exif).toBeUndefined();
    expect(storedMeta.xmp).toBeUndefined();
    expect(storedMeta.orientation).toBeUndefined();
    expect([storedMeta.width, storedMeta.height]).toEqual([48, 64]);
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('TestCam'))).toBe(false);
  });

  it('caps the longest side at 2560 px', async () => {
    const res = await upload(await png(3000, 1000), 'plan.png', 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mimeType: 'image/png', width: 2560, height: 853 });
  });

  it('stores a PDF as sent and serves it as a download', async () => {
    const res = await upload(pdf(), 'attestation.pdf', 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json<EvidenceFile>();
    const download = await referent.request({ method: 'GET', url: `/api/files/${file.id}` });
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.rawPayload.equals(pdf())).toBe(true);
  });

  it('accepts a photo whose name and type say nothing (application/octet-stream, no extension)', async () => {
    const res = await upload(await png(), 'photo', 'application/octet-stream');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: 'photo.png' });
  });

  const refusals: [string, () => ReturnType<typeof upload>, number, string][] = [
    [
      'an 11 MB file',
      () => upload(Buffer.alloc(11 * 1024 * 1024, 0xff), 'big.jpg', 'image/jpeg'),
      413,
      'file.too_large',
    ],
    [
      'a file just over 10 MB (stopped while reading)',
      () => upload(Buffer.alloc(10 * 1024 * 1024 + 100_000, 0xff), 'big.jpg', 'image/jpeg'),
      413,
      'file.too_large',
    ],
    [
      'a text file renamed .jpg',
      () => upload(Buffer.from('Bonjour, ceci est du texte.\n'), 'photo.jpg', 'image/jpeg'),
      415,
      'file.type_not_allowed',
    ],
    [
      'a PNG named .pdf',
      async () => upload(await png(), 'attestation.pdf', 'application/pdf'),
      400,
      'file.type_mismatch',
    ],
    [
      'a PNG declared as JPEG',
      async () => upload(await png(), 'photo', 'image/jpeg'),
      400,
      'file.type_mismatch',
    ],
    [
      'a 30000×30000 PNG bomb',
      () => upload(pngBomb(), 'bomb.png', 'image/png'),
      400,
      'file.decompression_bomb',
    ],
    [
      'a truncated JPEG',
      () =>
        upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]), 'broken.jpg', 'image/jpeg'),
      400,
      'file.image_invalid',
    ],
    [
      'a damaged PDF',
      () => upload(Buffer.from('%PDF-1.7\nno end'), 'doc.pdf', 'application/pdf'),
      415,
      'file.type_not_allowed',
    ],
    [
      'an HTML page',
      () => upload(Buffer.from('<html><script>alert(1)</script></html>'), 'page.html', 'text/html'),
      415,
      'file.type_not_allowed',
    ],
    ['an empty file', () => upload(Buffer.alloc(0), 'vide.jpg', 'image/jpeg'), 400, 'file.missing'],
    [
      'a file in another field',
      async () => upload(await png(), 'p.png', 'image/png', 'photo'),
      400,
      'file.missing',
    ],
    [
      'JSON instead of multipart',
      () =>
        referent.request({
          method: 'POST',
          url: `/api/experiences/${experience.id}/files`,
          payload: { file: 'x' },
        }),
      400,
      'file.missing',
    ],
  ];

  it.each(refusals)(
    'refuses %s cleanly: nothing stored, no temporary file',
    async (_name, send, status, code) => {
      const [filesBefore, rowsBefore] = [await storedFiles(), await rows()];
      const res = await send();
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
      expect(await storedFiles()).toEqual(filesBefore);
      expect(await rows()).toBe(rowsBefore);
    },
  );

  it('keeps only stored files on disk, named by their key', async () => {
    const files = await storedFiles();
    expect(files.length).toBe(await rows());
    expect(files.every((f) => !f.endsWith('.part'))).toBe(true);
  });

  it('gives 404 for an unknown experience or file', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await referent.request({
      method: 'POST',
      url: `/api/experiences/${unknown}/files`,
      ...multipart(await png(), 'p.png', 'image/png'),
    });
    expect(res.statusCode).toBe(404);
    expect(
      (await referent.request({ method: 'GET', url: `/api/files/${unknown}` })).statusCode,
    ).toBe(404);
  });
});

describe('upload limits (ADR 8)', () => {
  it('refuses an image over 50 megapixels before decoding it', async () => {
    const res = await upload(await png(7072, 7072), 'grand.png', 'image/png');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'file.decompression_bomb' } });
  });

  it('takes one upload at a time per person: a second one while the first is read gets a 429', async () => {
    const app = await buildApp({ services: ctx.services, version: 'test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const boundary = 'tp-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
    const slow = connect(port, '127.0.0.1');
    try {
      await new Promise<void>((resolve) => slow.once('connect', resolve));
      slow.write(
        `POST /api/experiences/${experience.id}/files HTTP/1.1\r\nHost: x\r\nCookie: tp_session=${referent.cookie}\r\nX-CSRF-Token: ${referent.csrfToken}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 500000\r\n\r\n${head}`,
      );
      // The first upload is being read (its body is not all there): the second one waits its turn.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const second = await fetch(
        `http://127.0.0.1:${port}/api/experiences/${experience.id}/files`,
        {
          method: 'POST',
          headers: {
            cookie: `tp_session=${referent.cookie}`,
            'x-csrf-token': referent.csrfToken,
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
          body: `${head}x\r\n--${boundary}--\r\n`,
        },
      );
      expect(second.status).toBe(429);
      expect(await second.json()).toMatchObject({ error: { code: 'file.upload_in_progress' } });
    } finally {
      slow.destroy();
      await app.close();
    }
  });
});
