import { api, type RouteContract, type RouteName } from '@territoires/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import { UnauthenticatedError, ValidationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { validationError } from './error-handler.js';

type Api = typeof api;
type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type Field<N extends RouteName, K extends string> =
  Api[N] extends Record<K, infer S> ? Parsed<S> : undefined;

export interface HandlerContext<N extends RouteName> {
  params: Field<N, 'params'>;
  query: Field<N, 'query'>;
  body: Field<N, 'body'>;
  /** Present on every staff route that is not public. */
  actor: Api[N] extends { public: true } | { audience: 'participant' } ? Actor | null : Actor;
  /** Present on every route of the participant space. */
  participant: Api[N] extends { audience: 'participant' }
    ? ParticipantActor
    : ParticipantActor | null;
  services: Services;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<N extends RouteName> = (
  ctx: HandlerContext<N>,
) => Promise<z.input<Api[N]['response']>>;

/** PostgreSQL text cannot hold U+0000: refused with the field's path instead of failing in the database. */
function nulPath(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

function parse(
  schema: z.ZodType | undefined,
  value: unknown,
  where: 'body' | 'query' | 'params',
): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(where === 'body' && value === undefined ? {} : value);
  if (!result.success) throw validationError(result.error, where);
  // Checked on the parsed value, whose depth the schema bounds.
  const nul = nulPath(result.data, where === 'body' ? [] : [where]);
  if (nul) {
    const path = nul.join('.');
    throw new ValidationError(
      'request.validation_failed',
      `The request ${where} is invalid.`,
      undefined,
      [{ path, code: 'invalid_string', message: 'Contains a NUL character.' }],
    );
  }
  return result.data;
}

export interface RouteOptions {
  services: Services;
  /** Tests check every response against its schema; production trusts the presenters. */
  validateResponses: boolean;
}

/** Registers one route of the contract manifest: validation, authentication and the response status. */
export function route<N extends RouteName>(
  app: FastifyInstance,
  options: RouteOptions,
  name: N,
  handler: Handler<N>,
  config?: Record<string, unknown>,
): void {
  const contract: RouteContract = api[name];
  app.route({
    method: contract.method,
    url: contract.path,
    // The auth hook reads the audience to pick the session cookie (staff or participant).
    config: { ...config, audience: contract.audience ?? 'staff' },
    handler: async (request, reply) => {
      const { actor, participant } = request;
      if (!contract.public) {
        if (contract.audience === 'participant' ? !participant : !actor)
          throw new UnauthenticatedError();
      }
      const ctx = {
        params: parse(contract.params, request.params, 'params'),
        query: parse(contract.query, request.query, 'query'),
        body: parse(contract.body, request.body, 'body'),
        actor,
        participant,
        services: options.services,
        request,
        reply,
      } as HandlerContext<N>;
      const result = await handler(ctx);
      if (options.validateResponses) contract.response.parse(result);
      return reply.status(contract.status ?? 200).send(result);
    },
  });
}
