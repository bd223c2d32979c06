import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedAddress } from './addresses.js';
import { createFetchJson } from './fetch-json.js';
import type { Transport } from './node-transport.js';

const json = (value: unknown, init?: ResponseInit): Response =>
  new Response(JSON.stringify(value), init);

/** A fake HTTP client answering from a map; records each URL asked. */
function fake(routes: Record<string, () => Response>): { transport: Transport; asked: string[] } {
  const asked: string[] = [];
  const transport: Transport = (url) => {
    asked.push(url);
    const route = routes[url];
    return Promise.resolve(route ? route() : new Response('', { status: 404 }));
  };
  return { transport, asked };
}

const code = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'no error',
    (err: unknown) => (err as { code?: unknown }).code,
  );

describe('fetch policy', () => {
  it('fetches https JSON, refuses duplicate keys, and refuses http, credentials and private IP literals', async () => {
    const { transport, asked } = fake({
      'https://issuer.example/p': () => json({ id: 'p' }),
      'https://issuer.example/dup': () => new Response('{"a":1,"a":2}'),
    });
    const { fetchJson } = createFetchJson({ transport });
    expect(await fetchJson('https://issuer.example/p')).toEqual({ id: 'p' });
    expect(await code(fetchJson('https://issuer.example/dup'))).toBe('ob.json_duplicate_key');
    for (const url of [
      'http://issuer.example/p',
      'ftp://issuer.example/p',
      'https://user:pw@issuer.example/p',
      'https://10.0.0.1/p',
      'https://[::1]/p',
      'https://169.254.169.254/latest/meta-data',
    ])
      expect(await code(fetchJson(url)), url).toBe('ob.fetch_not_allowed');
    expect(asked).toEqual(['https://issuer.example/p', 'https://issuer.example/dup']);
  });

  it('follows at most 3 redirects, each target checked like the first URL', async () => {
    const hop = (to: string) => () => new Response('', { status: 302, headers: { location: to } });
    const { transport } = fake({
      'https://a.example/1': hop('https://a.example/2'),
      'https://a.example/2': hop('/3'),
      'https://a.example/3': hop('https://a.example/4'),
      'https://a.example/4': () => json({ ok: true }),
      'https://a.example/loop': hop('https://a.example/loop'),
      'https://a.example/to-http': hop('http://a.example/x'),
      'https://a.example/to-private': hop('https://192.168.1.1/x'),
    });
    const { fetchJson } = createFetchJson({ transport });
    expect(await fetchJson('https://a.example/1')).toEqual({ ok: true });
    expect(await code(fetchJson('https://a.example/loop'))).toBe('ob.fetch_failed');
    expect(await code(fetchJson('https://a.example/to-http'))).toBe('ob.fetch_not_allowed');
    expect(await code(fetchJson('https://a.example/to-private'))).toBe('ob.fetch_not_allowed');
  });

  it('stops at 1 MB and after the time limit, and reports HTTP errors with their status', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const { transport } = fake({
      'https://a.example/big': () => new Response(`"${big}"`),
      'https://a.example/declared': () =>
        new Response('{}', { headers: { 'content-length': String(2 * 1024 * 1024) } }),
      'https://a.example/gone': () => new Response('', { status: 410 }),
    });
    const { fetchJson, fetch } = createFetchJson({ transport });
    expect(await code(fetchJson('https://a.example/big'))).toBe('ob.fetch_failed');
    expect(await code(fetchJson('https://a.example/declared'))).toBe('ob.fetch_failed');
    await expect(fetchJson('https://a.example/gone')).rejects.toMatchObject({
      details: { status: 410 },
    });
    expect((await fetch('https://a.example/gone')).status).toBe(410);
    const never: Transport = (_url, init) =>
      new Promise((_, reject) => {
        init.signal.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
      });
    const slow = createFetchJson({ transport: never, timeoutMs: 50 });
    expect(await code(slow.fetchJson('https://a.example/slow'))).toBe('ob.fetch_failed');
  });

  it('classifies addresses: loopback and private only when allowed', () => {
    const strict = { allowLoopback: false, allowPrivateAddresses: false };
    expect(refusedAddress('93.184.216.34', strict)).toBeUndefined();
    expect(refusedAddress('2606:4700::1111', strict)).toBeUndefined();
    for (const ip of [
      '127.0.0.1',
      '::1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.0.1',
      '::ffff:10.0.0.1',
      'fd00::1',
      'fe80::1',
    ])
      expect(refusedAddress(ip, strict), ip).toBeDefined();
    expect(refusedAddress('127.0.0.1', { ...strict, allowLoopback: true })).toBeUndefined();
    expect(refusedAddress('10.1.2.3', { ...strict, allowPrivateAddresses: true })).toBeUndefined();
  });
});

describe('the node:http transport, against a server on this machine', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(301, { location: '/doc' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"served":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('reaches loopback http only when allowed, and follows its redirect', async () => {
    expect(await code(createFetchJson().fetchJson(`${base}/doc`))).toBe('ob.fetch_not_allowed');
    const local = createFetchJson({ allowLoopback: true });
    expect(await local.fetchJson(`${base}/redirect`)).toEqual({ served: true });
    const named = createFetchJson({ allowLoopback: true });
    const port = (server.address() as AddressInfo).port;
    expect(await named.fetchJson(`http://localhost:${port}/doc`)).toEqual({ served: true });
  });
});
