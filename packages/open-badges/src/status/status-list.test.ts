import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../keys/issuer-key.js';
import { issueCredential } from '../sign/issue.js';
import { fixedClock, sampleCredential } from '../test-support/fixtures.js';
import { issuerWeb } from '../test-support/issuer.js';
import { verify } from '../verify/verify.js';
import { decodeBitstring, getBit } from './bitstring.js';
import {
  allocateStatusEntry,
  createStatusList,
  issueStatusListCredential,
  revoke,
  suspend,
  unsuspend,
} from './status-list.js';

const ISSUER = 'https://territoires.example/issuers/1';
const LIST = 'https://territoires.example/status/1';

describe('BitstringStatusList', () => {
  it('allocates entries, revokes, and the verifier sees it through the signed list', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    let list = createStatusList({ id: LIST, purpose: 'revocation' });
    const first = allocateStatusEntry(list);
    list = first.list;
    const second = allocateStatusEntry(list);
    list = second.list;
    expect(second.entry.statusListIndex).toBe('1');
    const credential = await issueCredential(
      { ...sampleCredential(ISSUER), credentialStatus: second.entry },
      { key, clock: fixedClock },
    );

    const web = async (l: typeof list) =>
      issuerWeb(ISSUER, [key], {
        [LIST]: await issueStatusListCredential(l, { key, clock: fixedClock }),
      });
    const before = await verify(credential, { fetchJson: await web(list), clock: fixedClock });
    expect(before.checks.find((c) => c.id === 'status')?.status).toBe('passed');

    list = revoke(list, 1);
    expect(getBit(decodeBitstring(list.encodedList), 1)).toBe(true);
    expect(getBit(decodeBitstring(list.encodedList), 0)).toBe(false);
    const after = await verify(credential, { fetchJson: await web(list), clock: fixedClock });
    expect(after.verified).toBe(false);
    expect(after.checks.find((c) => c.id === 'status')).toMatchObject({
      status: 'failed',
      message: 'The credential is revoked',
    });
  });

  it('suspends and unsuspends', () => {
    let list = createStatusList({ id: LIST, purpose: 'suspension', length: 16 });
    list = suspend(list, 9);
    expect(getBit(decodeBitstring(list.encodedList), 9)).toBe(true);
    list = unsuspend(list, 9);
    expect(getBit(decodeBitstring(list.encodedList), 9)).toBe(false);
    expect(() => revoke(list, 1)).toThrow(/revocation/);
  });

  it('refuses a forged list (signed by another issuer) and a full list', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    const { entry } = allocateStatusEntry(createStatusList({ id: LIST, purpose: 'revocation' }));
    const credential = await issueCredential(
      { ...sampleCredential(ISSUER), credentialStatus: entry },
      { key, clock: fixedClock },
    );
    const other = await generateIssuerKey({ controller: 'https://evil.example' });
    const forged = await issueStatusListCredential(
      createStatusList({ id: LIST, purpose: 'revocation' }),
      { key: other, clock: fixedClock },
    );
    const result = await verify(credential, {
      fetchJson: issuerWeb(ISSUER, [key], { [LIST]: forged }),
      clock: fixedClock,
    });
    expect(result.checks.find((c) => c.id === 'status')?.status).toBe('failed');
    const full = { ...createStatusList({ id: LIST, purpose: 'revocation', length: 8 }), next: 8 };
    expect(() => allocateStatusEntry(full)).toThrow(
      expect.objectContaining({ code: 'ob.status_list_full' }) as Error,
    );
  });
});
