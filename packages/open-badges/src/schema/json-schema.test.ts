import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpenBadgesError } from '../errors.js';
import { assertJsonSchema, checkJsonSchema } from './json-schema.js';

const sample = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/ob30-samples/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('official JSON Schema', () => {
  it('accepts the 1EdTech simple sample', () => {
    expect(checkJsonSchema(sample('simple.json'))).toEqual([]);
  });

  it('names the missing field', () => {
    const doc = sample('simple.json');
    delete doc.issuer;
    expect(checkJsonSchema(doc).map((i) => i.field)).toContain('/issuer');
    try {
      assertJsonSchema(doc);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OpenBadgesError);
      expect((error as OpenBadgesError).code).toBe('ob.schema_invalid');
      expect((error as OpenBadgesError).message).toContain('/issuer');
    }
  });

  it('rejects a bad date-time format', () => {
    const doc = { ...sample('simple.json'), validFrom: 'yesterday' };
    expect(checkJsonSchema(doc).map((i) => i.field)).toContain('/validFrom');
  });

  it('validates an endorsement against the EndorsementCredential definition', () => {
    expect(checkJsonSchema(sample('endorsement-valid.json'), 'EndorsementCredential')).toEqual([]);
    expect(checkJsonSchema(sample('simple.json'), 'EndorsementCredential').length).toBeGreaterThan(
      0,
    );
  });
});
