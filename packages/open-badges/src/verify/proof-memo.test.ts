import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { generateIssuerKey, type IssuerKey } from '../keys/issuer-key.js';
import { buildIssuerProfile } from '../keys/documents.js';
import { buildProfile } from '../model/builders.js';
import { issueCredential } from '../sign/issue.js';
import {
  allocateStatusEntry,
  createStatusList,
  issueStatusListCredential,
  revoke,
  type StatusList,
} from '../status/status-list.js';
import { fixedClock, sampleCredential } from '../test-support/fixtures.js';
import { createProofMemo, type ProofMemo } from './proof-memo.js';
import { verify } from './verify.js';
import type { VerifyResult } from './types.js';

const ISSUER = 'https://territoires.example/issuers/memo';
const LIST = 'https://territoires.example/status/memo';

const proofOf = (result: VerifyResult) => result.checks.find((c) => c.id === 'proof');
const statusOf = (result: VerifyResult) => result.checks.find((c) => c.id === 'status');

/** A memo that counts what it is asked. */
function countingMemo(): ProofMemo & { hits: number; adds: number } {
  const inner = createProofMemo();
  const memo = {
    hits: 0,
    adds: 0,
    has(key: string) {
      const known = inner.has(key);
      if (known) memo.hits += 1;
      return known;
    },
    add(key: string) {
      memo.adds += 1;
      inner.add(key);
    },
  };
  return memo;
}

let key: IssuerKey;
let other: IssuerKey;
let list: StatusList;
let signed: Record<string, unknown>;

/** The issuer's web: its profile with `keys`, and the status list as it stands. */
async function web(keys: IssuerKey[], statusList: StatusList) {
  const documents: Record<string, unknown> = {
    [ISSUER]: buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Issuer' }), keys),
    [LIST]: await issueStatusListCredential(statusList, { key, clock: fixedClock }),
  };
  return (url: string): Promise<unknown> =>
    url in documents
      ? Promise.resolve(structuredClone(documents[url]))
      : Promise.reject(new Error(`404 ${url}`));
}

beforeAll(async () => {
  key = await generateIssuerKey({ controller: ISSUER });
  other = await generateIssuerKey({ controller: ISSUER });
  const allocated = allocateStatusEntry(createStatusList({ id: LIST, purpose: 'revocation' }));
  list = allocated.list;
  signed = await issueCredential(
    { ...sampleCredential(ISSUER), credentialStatus: allocated.entry },
    { key, clock: fixedClock },
  );
});

describe('proofMemo', () => {
  it('a hit skips the canonicalization and the signature: no context is loaded for the proof', async () => {
    const fetchJson = await web([key], list);
    let loads = 0;
    const bundled = createDocumentLoader();
    const documentLoader: DocumentLoader = (url) => {
      loads += 1;
      return bundled(url);
    };
    const memo = countingMemo();
    // The status list's proof is remembered anyway (per loader): warm it first.
    await verify(signed, { fetchJson, clock: fixedClock, documentLoader });
    loads = 0;
    const cold = await verify(signed, {
      fetchJson,
      clock: fixedClock,
      documentLoader,
      proofMemo: memo,
    });
    const coldLoads = loads;
    loads = 0;
    const warm = await verify(signed, {
      fetchJson,
      clock: fixedClock,
      documentLoader,
      proofMemo: memo,
    });
    expect(cold.result).toBe('verified');
    expect(warm.checks).toEqual(cold.checks);
    // Cold: the credential's proof checked and added (the status list's found in the library's own memo).
    // Warm: the credential's found in this memo.
    expect({ hits: memo.hits, adds: memo.adds }).toEqual({ hits: 1, adds: 1 });
    expect(loads).toBeLessThan(coldLoads);
  });

  it('a document changed by one letter misses, and fails', async () => {
    const fetchJson = await web([key], list);
    const memo = countingMemo();
    expect((await verify(signed, { fetchJson, clock: fixedClock, proofMemo: memo })).result).toBe(
      'verified',
    );
    const changed = structuredClone(signed);
    changed.name = `${String(changed.name)}s`;
    const hitsBefore = memo.hits;
    const result = await verify(changed, { fetchJson, clock: fixedClock, proofMemo: memo });
    expect(proofOf(result)).toMatchObject({ status: 'failed', code: 'ob.proof.signature_invalid' });
    // Only the status list (unchanged) was found.
    expect(memo.hits - hitsBefore).toBe(1);
  });

  it('the same key id with other key material misses, and fails', async () => {
    const memo = createProofMemo();
    await verify(signed, { fetchJson: await web([key], list), clock: fixedClock, proofMemo: memo });
    // The issuer's document now gives another public key under the same id.
    const swapped = { ...other, id: key.id };
    const result = await verify(signed, {
      fetchJson: await web([swapped], list),
      clock: fixedClock,
      proofMemo: memo,
    });
    expect(proofOf(result)).toMatchObject({ status: 'failed', code: 'ob.proof.signature_invalid' });
  });

  it('a revoked credential reads revoked, the memo warm', async () => {
    const memo = createProofMemo();
    const before = await verify(signed, {
      fetchJson: await web([key], list),
      clock: fixedClock,
      proofMemo: memo,
    });
    expect(before.result).toBe('verified');
    const index = Number((signed.credentialStatus as { statusListIndex: string }).statusListIndex);
    const after = await verify(signed, {
      fetchJson: await web([key], revoke(list, index)),
      clock: fixedClock,
      proofMemo: memo,
    });
    expect(proofOf(after)?.status).toBe('passed');
    expect(statusOf(after)).toMatchObject({ status: 'failed', code: 'ob.status.revoked' });
    expect(after.result).toBe('not_verified');
  });

  it('a key removed from, or revoked in, the issuer document fails, the memo warm', async () => {
    const memo = createProofMemo();
    await verify(signed, { fetchJson: await web([key], list), clock: fixedClock, proofMemo: memo });
    const removed = await verify(signed, {
      fetchJson: await web([other], list),
      clock: fixedClock,
      proofMemo: memo,
    });
    expect(proofOf(removed)).toMatchObject({ status: 'failed', code: 'ob.proof.key_not_found' });
    const revoked = await verify(signed, {
      fetchJson: await web([{ ...key, revoked: fixedClock().toISOString() }, other], list),
      clock: fixedClock,
      proofMemo: memo,
    });
    expect(proofOf(revoked)).toMatchObject({ status: 'failed', code: 'ob.proof.key_revoked' });
  });

  it('expiry is read against the clock, the memo warm', async () => {
    const memo = createProofMemo();
    const fetchJson = await web([key], list);
    const expiring = (await issueCredential(
      { ...sampleCredential(ISSUER, 2), validUntil: '2025-06-01T00:00:00Z' },
      { key, clock: fixedClock },
    )) as unknown as Record<string, unknown>;
    expect((await verify(expiring, { fetchJson, clock: fixedClock, proofMemo: memo })).result).toBe(
      'verified',
    );
    const later = () => new Date('2025-07-01T00:00:00Z');
    const expired = await verify(expiring, { fetchJson, clock: later, proofMemo: memo });
    expect(expired.checks.find((c) => c.id === 'validUntil')?.status).toBe('failed');
  });
});

describe('createProofMemo', () => {
  it('keeps at most maxEntries keys, forgetting the least recently used', () => {
    const memo = createProofMemo(2);
    memo.add('a');
    memo.add('b');
    expect(memo.has('a')).toBe(true); // a is now the most recently used
    memo.add('c');
    expect([memo.has('a'), memo.has('b'), memo.has('c')]).toEqual([true, false, true]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => createProofMemo(0)).toThrow(TypeError);
  });

  it('verify() refuses a proofMemo without has() and add()', async () => {
    await expect(verify(signed, { proofMemo: {} as ProofMemo })).rejects.toThrow(TypeError);
  });
});
