import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import { localFileStorage } from '../files/storage.js';
import { openKeyring } from '../keys/keyring.js';
import type { Services } from '../services.js';
import { cloneTestDatabase } from './database.js';
import { startTestInbox, type TestInbox } from './smtp.js';

export const TEST_NOW = new Date('2026-03-15T10:00:00.000Z');
/** PUBLIC_URL in tests: the origin of links and QR codes. */
export const TEST_PUBLIC_URL = 'https://territoires.example';

export interface TestContext {
  app: FastifyInstance;
  services: Services;
  database: Database;
  /** A temporary directory per test file for evidence files, removed afterwards. */
  filesDir: string;
  /** Moves the injected clock. */
  setNow(date: Date): void;
  /** What the login brake asked to wait, in order: tests take time as a parameter, like the clock. */
  sleeps: number[];
  /** With `{ smtp: true }`: the real SMTP server the app's mailer sends to. */
  inbox: TestInbox;
}

/** One migrated database and one app per test file, with a controllable clock. */
export function useTestApp(options: { smtp?: boolean } = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    let now = TEST_NOW;
    ctx.database = await cloneTestDatabase();
    ctx.filesDir = await mkdtemp(join(tmpdir(), 'tp-files-'));
    const clock = () => now;
    if (options.smtp) ctx.inbox = await startTestInbox();
    ctx.services = {
      database: ctx.database,
      clock,
      files: localFileStorage(ctx.filesDir),
      // Real key files, sealed with a master key of this run: tests sign and verify for real.
      issuerKeys: await openKeyring({
        dir: join(ctx.filesDir, 'issuer-keys'),
        masterKey: randomBytes(32),
        clock,
      }),
      mailer: options.smtp ? ctx.inbox.mailer : undefined,
    };
    ctx.setNow = (date) => (now = date);
    ctx.sleeps = [];
    ctx.app = await buildApp({
      services: ctx.services,
      version: 'test',
      validateResponses: true,
      publicUrl: TEST_PUBLIC_URL,
      // Outside issuers in tests are real local servers on the loopback.
      verifier: { allowLoopback: true },
      sleep: (ms) => {
        ctx.sleeps.push(ms);
        return Promise.resolve();
      },
    });
  });
  afterAll(async () => {
    await ctx.app.close();
    await ctx.database.close();
    if (options.smtp) await ctx.inbox.close();
    await rm(ctx.filesDir, { recursive: true, force: true });
  });
  return ctx;
}

export interface Client {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Logs in through the real route and returns a client that sends the cookie and CSRF token. */
export async function login(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'tp_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  const headers = { cookie: `tp_session=${cookie.value}`, 'x-csrf-token': csrfToken };
  return {
    cookie: cookie.value,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } }),
  };
}
