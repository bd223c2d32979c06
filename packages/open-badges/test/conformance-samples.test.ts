import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verify } from '../src/verify/verify.js';
import type { CheckId, VerifyResult } from '../src/verify/types.js';
import { readJsonFixture } from '../src/test-support/fixtures.js';
import { sampleResolver } from '../src/test-support/sample-resolver.js';

const clock = (): Date => new Date('2025-03-01T00:00:00Z');
const STATUS_LIST_URL =
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';

function failedIds(result: VerifyResult): CheckId[] {
  return result.checks.filter((c) => c.status === 'failed').map((c) => c.id);
}

beforeAll(() => {
  // Any network access fails the suite.
  vi.stubGlobal('fetch', () => {
    throw new Error('network access attempted');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('1EdTech positive samples verify', () => {
  const positives = [
    'simple.json',
    'simple-context-alias.json',
    'simple-context-version.json',
    'simple-did-web-method.json',
    'simple-multiple-proofs.json',
    'endorsement-valid.json',
    'simple_v1.json', // VC 1.1, Ed25519Signature2020
    'simple-eddsa-2022.json', // VC 1.1, draft cryptosuite name of eddsa-rdfc-2022
  ];
  it.each(positives)('%s', async (file) => {
    const result = await verify(readJsonFixture(`ob30-samples/${file}`), {
      fetchJson: sampleResolver().fetchJson,
      clock,
    });
    expect(result.errors).toEqual([]);
    expect(result.verified).toBe(true);
  });

  it('simple.1ob (same JSON, other extension) verifies from its text', async () => {
    const { readFixture } = await import('../src/test-support/fixtures.js');
    const result = await verify(readFixture('ob30-samples/simple.1ob'), {
      fetchJson: sampleResolver().fetchJson,
      clock,
    });
    expect(result.verified).toBe(true);
  });

  it('simple-did-key-method: did:key resolves offline, but its issuer (urn:uuid) is not the key controller', async () => {
    // digitalbazaar's CredentialIssuancePurpose rejects this sample for the same reason.
    const { fetchJson, calls } = sampleResolver();
    const result = await verify(readJsonFixture('ob30-samples/simple-did-key-method.json'), {
      clock,
      fetchJson,
    });
    expect(failedIds(result)).toEqual(['proof']);
    expect(result.checks.find((c) => c.id === 'proof')?.message).toContain('not the issuer');
    expect(calls).toEqual([]);
  });

  it('the implementation-guide test vector verifies', async () => {
    const vector = readJsonFixture('impl-guide/impl-guide-ldp-test-vector.signed.json');
    const keypair = readJsonFixture('impl-guide/impl-guide-ldp-test-vector.keypair.json');
    const controller = String(keypair.controller);
    const doc = {
      id: controller,
      verificationMethod: [
        {
          id: keypair.id,
          type: 'Multikey',
          controller,
          publicKeyMultibase: keypair.publicKeyMultibase,
        },
      ],
      assertionMethod: [keypair.id],
    };
    const result = await verify(vector, {
      fetchJson: sampleResolver({ [controller]: doc }).fetchJson,
      clock,
    });
    expect(result.errors).toEqual([]);
    expect(result.verified).toBe(true);
  });
});

describe('legacy proofs are checked, not just recognised', () => {
  async function proofCheck(credential: Record<string, unknown>): Promise<string | undefined> {
    const result = await verify(credential, { fetchJson: sampleResolver().fetchJson, clock });
    return result.checks.find((c) => c.id === 'proof')?.status;
  }

  it.each(['simple_v1.json', 'simple-eddsa-2022.json'])(
    '%s with one changed field fails on proof',
    async (file) => {
      const sample = readJsonFixture(`ob30-samples/${file}`);
      expect(await proofCheck(sample)).toBe('passed');
      expect(await proofCheck({ ...sample, name: `${String(sample.name)}!` })).toBe('failed');
    },
  );

  it('eddsa-2022 is only the draft name of rdfc-2022: the name is signed, other names are refused', async () => {
    const sample = readJsonFixture('ob30-samples/simple-eddsa-2022.json');
    const [proof] = [sample.proof].flat() as Record<string, unknown>[];
    const renamed = (cryptosuite: string) => ({ ...sample, proof: [{ ...proof, cryptosuite }] });
    expect(await proofCheck(renamed('eddsa-rdfc-2022'))).toBe('failed');
    expect(await proofCheck(renamed('eddsa-2021'))).toBe('failed');
  });

  it('one valid proof by the issuer suffices; another proof that fails is a warning', async () => {
    const simple = readJsonFixture('ob30-samples/simple.json');
    const v1 = readJsonFixture('ob30-samples/simple_v1.json');
    const proofs = [[simple.proof].flat(), [v1.proof].flat()].flat();
    const result = await verify(
      { ...simple, proof: proofs },
      { fetchJson: sampleResolver().fetchJson, clock },
    );
    expect(result.result).toBe('verified');
    expect(result.warnings).toEqual([
      expect.objectContaining({ id: 'proof', code: 'ob.proof.other_proof_failed' }),
    ]);
    const onlyBad = await verify(
      { ...simple, proof: [v1.proof].flat() },
      { fetchJson: sampleResolver().fetchJson, clock },
    );
    expect(failedIds(onlyBad)).toEqual(['proof']);
  });

  it('complete_v1.json: its keys (#key-1) carry no key material, so its proofs cannot be checked', async () => {
    // Like complete.json, 1EdTech's validator does not expect it to verify (expired, status list unreachable).
    const result = await verify(readJsonFixture('ob30-samples/complete_v1.json'), {
      fetchJson: sampleResolver().fetchJson,
      clock,
    });
    expect(result.verified).toBe(false);
    expect(failedIds(result)).toEqual(
      expect.arrayContaining(['proof', 'validUntil', 'endorsements']),
    );
  });
});

describe('1EdTech -err- samples fail on the check their name says', () => {
  const cases: [string, CheckId][] = [
    ['simple-err-context.json', 'context'],
    ['simple-err-type.json', 'type'],
    ['simple-err-issuer.json', 'schema'],
    ['simple-err-credential-subject-type.json', 'schema'],
    ['simple-err-credential-subject-identifier-type.json', 'schema'],
    ['simple-err-credential-subject-result-type.json', 'schema'],
    ['simple-err-credential-subject-achievement-result-description-type.json', 'schema'],
    ['simple-err-credential-subject-profile-type.json', 'schema'],
    ['simple-err-evidence-type.json', 'schema'],
    ['simple-err-issuer-type.json', 'schema'],
    ['simple-err-issuer-parentorg-type.json', 'schema'],
    ['simple-err-issuer-otheridentifier-type.json', 'schema'],
    ['simple-err-proof-method.json', 'proof'],
    ['simple-err-proof-method-no-scheme.json', 'proof'],
    ['simple-err-proof-method-unknown-scheme.json', 'proof'],
    ['simple-err-proof-method-unknown-did-method.json', 'proof'],
    ['simple-err-proof-value.json', 'proof'],
    ['simple-err-expired.json', 'validUntil'],
    ['simple-err-issued.json', 'validFrom'],
    ['endorsement-err-schema-status-refresh.json', 'proof'],
  ];
  it.each(cases)('%s -> %s', async (file, check) => {
    const result = await verify(readJsonFixture(`ob30-samples/${file}`), {
      fetchJson: sampleResolver().fetchJson,
      clock,
    });
    expect(result.verified).toBe(false);
    expect(failedIds(result)).toContain(check);
  });

  it('endorsement-err-schema-status-refresh: its status list and refresh service cannot be reached', async () => {
    const result = await verify(
      readJsonFixture('ob30-samples/endorsement-err-schema-status-refresh.json'),
      { fetchJson: sampleResolver().fetchJson, clock },
    );
    expect(result.result).toBe('not_verified');
    const status = (id: CheckId) => result.checks.find((c) => c.id === id)?.status;
    expect([status('status'), status('refresh')]).toEqual(['indeterminate', 'indeterminate']);
  });

  it('simple-noproof fails on proof', async () => {
    const result = await verify(readJsonFixture('ob30-samples/simple-noproof.json'), { clock });
    expect(failedIds(result)).toContain('proof');
  });
});

describe('complete.json', () => {
  it('its own proof verifies, its embedded endorsements fail (expired, mistyped cryptosuite)', async () => {
    const result = await verify(readJsonFixture('ob30-samples/complete.json'), {
      fetchJson: sampleResolver().fetchJson,
      clock,
    });
    expect(result.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
    expect(result.checks.find((c) => c.id === 'schema')?.status).toBe('passed');
    expect(failedIds(result)).toContain('endorsements');
  });
});

describe('status samples', () => {
  const statusList = readJsonFixture(
    'ob30-samples/bit-string-list/testlist.statuslist-credential.json',
  );

  it.each(['credential-status-revoked.json', 'credential-status-revoked-blank-nodes.json'])(
    'bit-string-list/%s is revoked',
    async (file) => {
      const { fetchJson, calls } = sampleResolver({ [STATUS_LIST_URL]: statusList });
      const result = await verify(readJsonFixture(`ob30-samples/bit-string-list/${file}`), {
        fetchJson,
        clock,
      });
      expect(result.checks.find((c) => c.id === 'status')).toMatchObject({
        status: 'failed',
        message: 'The credential is revoked',
      });
      expect(result.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
      expect(calls).toContain(STATUS_LIST_URL);
    },
  );

  it('credential-status-revoked.json (1EdTechRevocationList, VC 1.1) fails on status', async () => {
    const sample = readJsonFixture('ob30-samples/credential-status-revoked.json');
    const status = sample.credentialStatus as { id: string };
    const list = {
      id: status.id,
      revokedCredentials: [{ id: sample.id, revocationReason: 'test' }],
    };
    const result = await verify(sample, {
      fetchJson: sampleResolver({ [status.id]: list }).fetchJson,
      clock,
    });
    expect(failedIds(result)).toContain('status');
    expect(result.checks.find((c) => c.id === 'context')?.message).toContain('VC 1.1');
  });
});
