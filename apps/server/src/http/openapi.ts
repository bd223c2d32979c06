import { api, errorBodySchema, type RouteContract } from '@territoires/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: toSchema(errorBodySchema, 'output') } },
});

function operation(name: string, contract: RouteContract): JsonSchema {
  const responses: Record<string, unknown> = {
    [String(contract.status ?? 200)]: {
      description: 'OK',
      content: { 'application/json': { schema: toSchema(contract.response, 'output') } },
    },
    '400': errorResponse('Invalid request'),
  };
  if (!contract.public) {
    responses['401'] = errorResponse('Not logged in');
    responses['403'] = errorResponse('Not allowed, or CSRF token missing');
  }
  if (contract.params) responses['404'] = errorResponse('Not found');
  if (contract.body) {
    responses['409'] = errorResponse('Stale version or conflict');
    responses['413'] = errorResponse('Body over 1 MB');
    responses['422'] = errorResponse('Breaks a programme rule');
  }
  return {
    operationId: name,
    summary: contract.summary,
    tags: [contract.tag],
    parameters: [...parameters(contract.params, 'path'), ...parameters(contract.query, 'query')],
    ...(contract.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(contract.body, 'input') } },
          },
        }
      : {}),
    responses,
    ...(contract.public
      ? { security: [] }
      : contract.audience === 'participant'
        ? { security: [{ participantSession: [], csrf: [] }] }
        : {}),
  };
}

/** The OpenAPI 3.1 document, generated from the same zod contracts that validate the requests. */
export function buildOpenApi(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, contract] of Object.entries(api) as [string, RouteContract][]) {
    const path = contract.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][contract.method.toLowerCase()] = operation(name, contract);
  }
  paths['/api/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document',
      tags: ['system'],
      security: [],
      responses: { '200': { description: 'OK' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'Territoires Partagés API', version },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'tp_session' },
        /** The participant space's own session (routes of audience participant). */
        participantSession: { type: 'apiKey', in: 'cookie', name: 'tp_participant' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
    },
    security: [{ session: [], csrf: [] }],
    paths,
  };
}
