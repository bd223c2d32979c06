import { api, type RouteContract } from '@territoires/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-support/app.js';

const ctx = useTestApp();

interface Operation {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
}
interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
}

const openapiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1.0, served without a session', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json<Document>()).toMatchObject({ openapi: '3.1.0', info: { version: 'test' } });
  });

  it.each(Object.entries(api) as [string, RouteContract][])(
    'describes %s',
    async (name, contract) => {
      const doc = (
        await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })
      ).json<Document>();
      const path = openapiPath(contract.path);
      const operation = doc.paths[path]?.[contract.method.toLowerCase()];
      expect(operation, `${contract.method} ${path}`).toBeDefined();
      expect(operation?.operationId).toBe(name);
      expect(operation?.responses).toHaveProperty(String(contract.status ?? 200));
      const inPath = [...contract.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const declared = (operation?.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => p.name).sort()).toEqual(inPath.sort());
      for (const parameter of declared) expect(parameter.required).toBe(true);
      expect(Boolean(operation?.requestBody)).toBe(Boolean(contract.body));
      if (contract.public) expect(operation?.security).toEqual([]);
      else expect(operation?.responses).toHaveProperty('401');
    },
  );

  it('documents no route that the manifest does not have', async () => {
    const doc = (
      await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })
    ).json<Document>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const declared = Object.values(api).map(
      (c: RouteContract) => `${c.method} ${openapiPath(c.path)}`,
    );
    expect(documented.sort()).toEqual([...declared, 'GET /api/openapi.json'].sort());
  });
});

describe('health', () => {
  it('answers with the version and the kind of database', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      version: 'test',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });
});
