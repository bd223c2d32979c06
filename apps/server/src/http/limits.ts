import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../errors/index.js';

/**
 * Limits that run before any schema: a body's nesting and size are checked iteratively right after
 * JSON.parse, so that zod (recursive) never meets a 12,000-level body; and a JSON request must be
 * whole within 30 s, so half-sent bodies do not hold connections (uploads have the server's 5 minutes).
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_NODES = 20_000;
export const JSON_REQUEST_TIMEOUT_MS = 30_000;

/** The deepest nesting and the number of values, walked with an explicit stack (no recursion). */
export function jsonShape(
  value: unknown,
  stopAt = { depth: MAX_JSON_DEPTH, nodes: MAX_JSON_NODES },
) {
  let depth = 0;
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, level] = stack.pop() as [unknown, number];
    nodes += 1;
    depth = Math.max(depth, level);
    if (depth > stopAt.depth || nodes > stopAt.nodes) break;
    if (typeof item === 'object' && item !== null)
      for (const child of Object.values(item)) stack.push([child, level + 1]);
  }
  return { depth, nodes };
}

const tooComplex = () =>
  new ValidationError(
    'request.too_complex',
    `The body is nested deeper than ${MAX_JSON_DEPTH} levels or holds more than ${MAX_JSON_NODES} values.`,
  );

export function installLimits(app: FastifyInstance, jsonTimeoutMs = JSON_REQUEST_TIMEOUT_MS): void {
  // Fastify's own parser (empty bodies, __proto__ and constructor poisoning refused), then the shape.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    void parseJson(request, String(body), (error, value: unknown) => {
      if (error) done(error);
      else {
        const shape = jsonShape(value);
        if (shape.depth > MAX_JSON_DEPTH || shape.nodes > MAX_JSON_NODES) done(tooComplex());
        else done(null, value);
      }
    });
  });

  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.headers['content-type']?.startsWith('multipart/form-data')) {
      const timer = setTimeout(() => request.raw.destroy(), jsonTimeoutMs);
      timer.unref();
      const clear = () => {
        clearTimeout(timer);
      };
      request.raw.once('close', clear);
      request.raw.once('end', clear);
    }
    done();
  });
}
