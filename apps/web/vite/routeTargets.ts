import type { Plugin } from 'vite';
// The source, like the web build's alias: the config needs no prior build of the contracts.
import { api, ERROR_CODES, type RouteName } from '../../../packages/contracts/src/index.js';
import type { RouteTarget } from '../src/api/manifest.js';

/** The values of src/api/manifest.ts as a module of plain data, computed from the contracts. */
export function manifestAsData(): string {
  const targets: Partial<Record<RouteName, RouteTarget>> = {};
  for (const [name, route] of Object.entries(api) as [RouteName, RouteTarget][]) {
    targets[name] = {
      method: route.method,
      path: route.path,
      ...(route.audience === undefined ? {} : { audience: route.audience }),
    };
  }
  return [
    `export const ROUTE_TARGETS = ${JSON.stringify(targets)};`,
    `export const KNOWN_ERROR_CODES = ${JSON.stringify(ERROR_CODES)};`,
  ].join('\n');
}

/**
 * For the participant build: src/api/manifest.ts (the API client's only runtime read of the
 * contracts) becomes its data, so zod and the schemas stay out of the space's first screens; the
 * screens that validate a form still import them, in their own lazy chunks.
 */
export function routeTargetsAsData(): Plugin {
  return {
    name: 'territoires:route-targets-as-data',
    enforce: 'pre',
    load(id) {
      return id.split('?')[0]?.endsWith('/src/api/manifest.ts') === true
        ? manifestAsData()
        : undefined;
    },
  };
}
