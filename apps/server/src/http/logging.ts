import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/*
 * Structured logs (pino, through Fastify): one JSON line per event, each with the request id, which
 * the response also carries (X-Request-Id) so a person reporting a problem can quote it. A log
 * line never holds personal data nor secrets: no headers (cookies, CSRF tokens), no bodies, no query
 * values (?code=…), no calendar tokens in paths, no database parameters in error messages.
 */

/** Path segments that are secrets: a calendar feed's token (ADR 7), whatever follows /calendar/. */
const SECRET_SEGMENT = /^(?:[A-Za-z0-9_-]{20,})(?:\.ics)?$/;

/** The URL as logged: query values dropped (names kept), token-like segments replaced. */
export function loggedUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const segments = path
    .split('/')
    .map((segment) => (SECRET_SEGMENT.test(segment) ? '[token]' : segment));
  const names =
    query === undefined
      ? ''
      : `?${[...new URLSearchParams(query).keys()].map((name) => `${name}=[redacted]`).join('&')}`;
  return segments.join('/') + names;
}

/** An error as logged: its type, code, first message line without query parameters, and stack. */
export function loggedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const clean = (text: string) => text.split(/\n\s*params:/)[0]?.split('\n')[0] ?? '';
  const code = 'code' in error ? String(error.code) : undefined;
  return {
    type: error.name,
    ...(code !== undefined ? { code } : {}),
    message: clean(error.message),
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
    ...(error.cause !== undefined ? { cause: loggedError(error.cause) } : {}),
  };
}

/** Fastify's logger settings: JSON to stdout at `level`, with the serializers above. */
export function loggerOptions(level = process.env.LOG_LEVEL ?? 'info') {
  return {
    level,
    serializers: {
      req: (request: { method?: string; url?: string }) => ({
        method: request.method,
        url: loggedUrl(request.url ?? ''),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error) => loggedError(error),
    },
  };
}

/** A request id of our own (a client's X-Request-Id is not trusted), sent back on every response. */
export const requestIdOptions = {
  genReqId: () => randomUUID(),
  requestIdHeader: false as const,
};

export function installRequestIds(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
}
