import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OB_CONTEXT_URLS } from './urls.js';
import { bundledContextUrls, bundledFileUrl, getBundledContext, PACKAGE_ROOT } from './bundled.js';

describe('bundled files', () => {
  it('resolve from src/ and would resolve identically from dist/ (same depth)', () => {
    const root = fileURLToPath(PACKAGE_ROOT);
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      name: string;
      files: string[];
    };
    expect(pkg.name).toBe('@territoires/open-badges');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'contexts', 'schemas']));
    const fromDist = new URL('../../', new URL('../../dist/contexts/bundled.js', import.meta.url));
    expect(fromDist.href).toBe(PACKAGE_ROOT.href);
    expect(existsSync(bundledFileUrl('schemas', 'ob_v3p0_achievementcredential_schema.json'))).toBe(
      true,
    );
  });

  it('hold every context they declare, including every OB 3.0 version', () => {
    for (const url of bundledContextUrls())
      expect(getBundledContext(url)).toHaveProperty('@context');
    for (const url of OB_CONTEXT_URLS) expect(bundledContextUrls()).toContain(url);
  });

  it('refuse anything else with ob.unknown_context', () => {
    expect(() => getBundledContext('https://w3id.org/security/v2')).toThrow(
      expect.objectContaining({ code: 'ob.unknown_context' }) as Error,
    );
  });
});
