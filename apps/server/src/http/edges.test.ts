import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { useTestApp } from '../test-support/app.js';

const ctx = useTestApp();

describe('TRUST_PROXY and PUBLIC_URL (ADR 5, ADR 7)', () => {
  it('trusts no proxy unless told: a hop count or the proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
    ]);
    for (const bad of ['yes', '10.0.0.1/40', 'proxy.local'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });

  it('takes PUBLIC_URL as an origin, defaulting to localhost on the port', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({
      publicUrl: 'http://localhost:8080',
      publicUrlDefaulted: true,
    });
    expect(loadConfig({ PUBLIC_URL: 'https://tp.example.org/' }).publicUrl).toBe(
      'https://tp.example.org',
    );
    for (const bad of ['tp.example.org', 'ftp://tp.example.org', 'https://tp.example.org/app'])
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
  });

  it('behind a configured proxy, the rate limit counts the client the proxy names', async () => {
    const app = await buildApp({ services: ctx.services, version: 'test', trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: `x${i}@test.example`, password: 'x' },
          remoteAddress: '10.9.9.9',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(res.statusCode);
      }
      // Eleven different clients behind one proxy: nobody is over their budget.
      expect(statuses.every((s) => s === 401)).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('a half-sent body does not hold a connection', () => {
  it('closes a JSON request whose body stops coming, after the JSON time limit', async () => {
    const app = await buildApp({
      services: ctx.services,
      version: 'test',
      jsonRequestTimeoutMs: 200,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      const closed = await new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":',
          );
        });
        socket.on('close', () => {
          resolve(true);
        });
        socket.on('error', () => {
          resolve(true);
        });
        setTimeout(() => {
          resolve(false);
        }, 10_000).unref();
      });
      expect(closed).toBe(true);
    } finally {
      await app.close();
    }
  });
});

describe('the browser’s defences (headers)', () => {
  it('sends the exact Content-Security-Policy and the other headers on every response', async () => {
    for (const url of ['/api/health', '/api/auth/me', '/nowhere']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data: blob:;media-src 'self' blob:;connect-src 'self';font-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS when the cookies are secure (served over HTTPS)', async () => {
    const app = await buildApp({ services: ctx.services, version: 'test', secureCookies: true });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await app.close();
    }
  });
});
