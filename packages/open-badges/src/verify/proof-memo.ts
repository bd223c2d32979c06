import { createHash } from 'node:crypto';
import { canonicalJson } from '../json/canonical.js';
import type { Method } from './resolve-key.js';
import { methodMultibase } from './resolve-key.js';

/**
 * Remembers which embedded proofs verified, so that the same signed document under the same key is not
 * canonicalized and its signature checked again (`VerifyOptions.proofMemo`). Only the signature's verdict is
 * remembered, and only when it passed: the key is still resolved afresh (a removed, revoked or expired key fails
 * whatever the memo holds), proof dates, status, validity dates and endorsements are always checked. The verdict is
 * a pure function of what the key is made of (proofMemoKey), so a memo may be shared by every verification of a
 * process and kept as long as wished; keep one memo per set of contexts (one `documentLoader`).
 */
export interface ProofMemo {
  /** True when a proof with this key verified before. */
  has(key: string): boolean;
  /** Remembers that the proof with this key verified. */
  add(key: string): void;
}

/** The default size of createProofMemo: 5,000 keys of 43 characters, well under 1 MB. */
export const PROOF_MEMO_SIZE = 5_000;

/** A ProofMemo in memory that forgets the least recently used key beyond `maxEntries`. */
export function createProofMemo(maxEntries: number = PROOF_MEMO_SIZE): ProofMemo {
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new TypeError('maxEntries must be a positive integer');
  const keys = new Set<string>();
  return {
    has(key) {
      if (!keys.has(key)) return false;
      // Most recently used last: a Set iterates in insertion order.
      keys.delete(key);
      keys.add(key);
      return true;
    },
    add(key) {
      keys.delete(key);
      keys.add(key);
      if (keys.size > maxEntries) keys.delete(keys.values().next().value ?? key);
    },
  };
}

/**
 * What a proof's verdict depends on: the whole signed document as verified (proof included, keys sorted), the
 * verification method's id, controller and public key, and whether the bundled contexts are used. A document that
 * differs by one letter, or a key that changed, gives another key.
 */
export function proofMemoKey(
  document: Record<string, unknown>,
  method: Method,
  customContexts: boolean,
): string {
  const what = {
    v: 1,
    document,
    method: { id: method.id, controller: method.controller, key: methodMultibase(method) },
    contexts: customContexts ? 'custom' : 'bundled',
  };
  return createHash('sha256').update(canonicalJson(what)).digest('base64url');
}
