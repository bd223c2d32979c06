import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, serveWebApp } from './static.js';

const STAFF_HTML = '<!doctype html><title>staff</title>';
const PARTICIPANT_HTML = '<!doctype html><title>moi</title>';
const SCRIPT = 'console.log("a hashed asset, long enough to be worth compressing");'.repeat(20);

/** A dist directory as the web build leaves it: pages and hashed assets, each with .br and .gz. */
function writeDist(dir: string, pages: Record<string, string>): void {
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = { ...pages, 'assets/moi-AbC123.js': SCRIPT };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

async function appServing(dist: string): Promise<FastifyInstance> {
  const app = Fastify();
  const page = await serveWebApp(app, dist);
  app.setNotFoundHandler((request, reply) =>
    page === undefined ? reply.status(404).send() : page(request.url, reply),
  );
  await app.ready();
  return app;
}

describe('the built web app, served from its dist directory', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tp-static-'));
    writeDist(dir, { 'index.html': STAFF_HTML, 'moi.html': PARTICIPANT_HTML });
    app = await appServing(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the Brotli copy of a hashed asset to a browser that takes it, cached for a year', async () => {
    const response = await app.inject({
      url: '/assets/moi-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await app.inject({
      url: '/assets/moi-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/moi-AbC123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('asks the browser to revalidate the pages and the unhashed files', async () => {
    const root = await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(root.headers['cache-control']).toBe(REVALIDATE);
    const favicon = await app.inject({ url: '/favicon.svg' });
    expect(favicon.headers['cache-control']).toBe(REVALIDATE);
  });

  it('gives the participant page to /moi and below, compressed, and the staff page elsewhere', async () => {
    for (const url of ['/moi', '/moi/', '/moi/connexion?code=K7QM4T2P', '/moi/reflexions/1']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['cache-control'], url).toBe(REVALIDATE);
      const plain = await app.inject({ url });
      expect(plain.body, url).toBe(PARTICIPANT_HTML);
    }
    for (const url of ['/participants/1', '/moisson', '/semaine']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.body, url).toBe(STAFF_HTML);
    }
  });
});

describe('a dist directory without the participant page (an older build)', () => {
  it('answers /moi with the staff page, whose router still holds the space', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-static-'));
    writeDist(dir, { 'index.html': STAFF_HTML });
    const app = await appServing(dir);
    const response = await app.inject({ url: '/moi/connexion' });
    expect(response.body).toBe(STAFF_HTML);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves nothing when there is no build at all', async () => {
    const app = Fastify();
    expect(await serveWebApp(app, join(tmpdir(), 'tp-no-such-dist'))).toBeUndefined();
    await app.close();
  });
});
