import { api, type RouteContract, type RouteName } from '@territoires/contracts';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { useTestApp } from '../test-support/app.js';
import { loggedError, loggedUrl, loggerOptions } from './logging.js';

const ctx = useTestApp();

/** Values nobody else would write: if one reaches the log, the log leaks. */
const PLANTED = {
  path: 'PlantedPathSecret0123456789',
  query: 'PlantedQueryCode',
  cookie: 'PlantedCookieValue',
  csrf: 'PlantedCsrfToken',
  header: 'PlantedHeaderValue',
  body: 'PlantedBodyValue',
  email: 'planted.person@example.org',
};

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: pino(loggerOptions('info'), stream) };
}

const WRITES = (Object.keys(api) as RouteName[]).filter((name) => {
  const contract: RouteContract = api[name];
  return contract.method !== 'GET';
});

describe('logs', () => {
  it('hold a request id on every line, and none of the path, query, headers or body planted in every write route', async () => {
    const { lines, logger } = capture();
    const app = await buildApp({ services: ctx.services, version: 'test', loggerInstance: logger });
    const ids: string[] = [];
    try {
      for (const name of WRITES) {
        const contract: RouteContract = api[name];
        const url = contract.path.replace(/:[A-Za-z]+/g, PLANTED.path);
        const res = await app.inject({
          method: contract.method,
          url: `${url}?code=${PLANTED.query}&token=${PLANTED.query}`,
          headers: {
            cookie: `tp_session=${PLANTED.cookie}; tp_participant=${PLANTED.cookie}`,
            'x-csrf-token': PLANTED.csrf,
            authorization: `Bearer ${PLANTED.header}`,
            'x-forwarded-for': PLANTED.header,
            'user-agent': PLANTED.header,
          },
          payload: { pseudonym: PLANTED.body, email: PLANTED.email, password: PLANTED.body },
        });
        const id = res.headers['x-request-id'];
        expect(typeof id, name).toBe('string');
        ids.push(String(id));
      }
    } finally {
      await app.close();
    }
    const log = lines.join('\n');
    for (const value of Object.values(PLANTED)) expect(log).not.toContain(value);
    for (const id of ids) expect(log).toContain(id);
    for (const line of lines) {
      const entry = JSON.parse(line) as { reqId?: string; msg?: string };
      if (entry.msg !== 'Server listening at') expect(entry.reqId, line).toBeDefined();
    }
  });

  it('log every 5xx with its stack, without the query parameters of a database error', () => {
    const error = new Error(
      'Failed query: insert into staff (email) values ($1)\nparams: planted.person@example.org',
    );
    const logged = loggedError(error);
    expect(JSON.stringify(logged)).not.toContain('planted.person');
    expect(logged.stack).toMatch(/at /);
    expect(loggedUrl('/api/calendar/AbCdEfGhIjKlMnOpQrStUvWx.ics?x=1')).toBe(
      '/api/calendar/[token]?x=[redacted]',
    );
  });
});
