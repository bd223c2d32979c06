import { describe, expect, it } from 'vitest';
import { manifestAsData } from '../../vite/routeTargets.js';
import { KNOWN_ERROR_CODES, ROUTE_TARGETS } from './manifest.js';

const constant = (code: string, name: string): unknown => {
  const json = new RegExp(`export const ${name} = (.*);`).exec(code)?.[1];
  if (json === undefined) throw new Error(`${name} missing from the generated module`);
  return JSON.parse(json);
};

describe('the manifest as data (what the participant build ships instead of the contracts)', () => {
  it('holds the method, path and audience of every route, and every error code', () => {
    const code = manifestAsData();
    const expected = Object.fromEntries(
      Object.entries(ROUTE_TARGETS).map(([name, { method, path, audience }]) => [
        name,
        audience === undefined ? { method, path } : { method, path, audience },
      ]),
    );
    expect(constant(code, 'ROUTE_TARGETS')).toEqual(expected);
    expect(constant(code, 'KNOWN_ERROR_CODES')).toEqual([...KNOWN_ERROR_CODES]);
    expect(code).not.toMatch(/^import |from '/m);
  });
});
