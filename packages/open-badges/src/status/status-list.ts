import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { VC_V2_CONTEXT } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import { assertKeyMaySign, type IssuerKey } from '../keys/issuer-key.js';
import { signWithDataIntegrity } from '../sign/data-integrity.js';
import { decodeBitstring, encodeBitstring, MIN_STATUS_LIST_LENGTH, setBit } from './bitstring.js';

export type StatusPurpose = 'revocation' | 'suspension';

/** A status list as the platform stores it: plain data, the bits kept encoded. */
export interface StatusList {
  /** URL of the status list credential. */
  id: string;
  purpose: StatusPurpose;
  length: number;
  /** Next index to hand out. */
  next: number;
  encodedList: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  statusListIndex: string;
  statusListCredential: string;
}

export function createStatusList(input: {
  id: string;
  purpose: StatusPurpose;
  length?: number;
}): StatusList {
  const length = input.length ?? MIN_STATUS_LIST_LENGTH;
  if (!Number.isInteger(length) || length < 8 || length % 8 !== 0) {
    throw new OpenBadgesError('ob.invalid_argument', 'length must be a positive multiple of 8', {
      field: 'length',
    });
  }
  return {
    id: input.id,
    purpose: input.purpose,
    length,
    next: 0,
    encodedList: encodeBitstring(new Uint8Array(length / 8)),
  };
}

/** Hands out the next index: returns the entry to put in `credentialStatus` and the updated list to persist. */
export function allocateStatusEntry(list: StatusList): {
  entry: BitstringStatusListEntry;
  list: StatusList;
} {
  if (list.next >= list.length)
    throw new OpenBadgesError('ob.status_list_full', `Status list ${list.id} is full`, {
      id: list.id,
    });
  const index = list.next;
  const entry: BitstringStatusListEntry = {
    id: `${list.id}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: list.purpose,
    statusListIndex: String(index),
    statusListCredential: list.id,
  };
  return { entry, list: { ...list, next: index + 1 } };
}

export function setStatus(list: StatusList, index: number, value: boolean): StatusList {
  const bits = decodeBitstring(list.encodedList);
  setBit(bits, index, value);
  return { ...list, encodedList: encodeBitstring(bits) };
}

export function revoke(list: StatusList, index: number): StatusList {
  if (list.purpose !== 'revocation')
    throw new OpenBadgesError('ob.invalid_argument', 'Not a revocation list', { field: 'purpose' });
  return setStatus(list, index, true);
}

export function suspend(list: StatusList, index: number): StatusList {
  if (list.purpose !== 'suspension')
    throw new OpenBadgesError('ob.invalid_argument', 'Not a suspension list', { field: 'purpose' });
  return setStatus(list, index, true);
}

export function unsuspend(list: StatusList, index: number): StatusList {
  if (list.purpose !== 'suspension')
    throw new OpenBadgesError('ob.invalid_argument', 'Not a suspension list', { field: 'purpose' });
  return setStatus(list, index, false);
}

export function buildStatusListCredential(
  list: StatusList,
  input: { issuer: string; validFrom: string; validUntil?: string },
): Record<string, unknown> {
  return {
    '@context': [VC_V2_CONTEXT],
    id: list.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: input.validFrom,
    ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
    credentialSubject: {
      id: `${list.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.purpose,
      encodedList: list.encodedList,
    },
  };
}

const defaultLoader = createDocumentLoader();

/** Builds and signs (eddsa-rdfc-2022) the status list credential; the key's controller is its issuer. */
export async function issueStatusListCredential(
  list: StatusList,
  options: {
    key: IssuerKey;
    clock?: () => Date;
    validUntil?: string;
    documentLoader?: DocumentLoader;
  },
): Promise<Record<string, unknown>> {
  assertKeyMaySign(options.key);
  const now = (options.clock ?? (() => new Date()))();
  const unsigned = buildStatusListCredential(list, {
    issuer: options.key.controller,
    validFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(options.validUntil !== undefined ? { validUntil: options.validUntil } : {}),
  });
  return signWithDataIntegrity(unsigned, options.key, options.documentLoader ?? defaultLoader, now);
}
