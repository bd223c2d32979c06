import { decodeBitstring, MIN_STATUS_LIST_LENGTH } from '../status/bitstring.js';
import { checkEmbeddedProof } from './proof.js';
import { issuerId } from './proof-common.js';
import { fetchStatusDocument, StatusProblem } from './status-fetch.js';
import { indeterminate, passed, type Check, type ResolvedOptions } from './types.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

const invalid = (message: string): StatusProblem => new StatusProblem('ob.status.invalid', message);
const badList = (message: string): StatusProblem =>
  new StatusProblem('ob.status.list_invalid', message);

interface Entry {
  purpose: string;
  index: number;
  size: number;
  messages: Map<number, string>;
  list: string;
}

/** W3C Bitstring Status List §2.1: the entry's own fields, checked before anything is fetched. */
function readEntry(entry: Record<string, unknown>): Entry {
  const { statusPurpose, statusListIndex, statusListCredential, statusSize, statusMessage } = entry;
  if (typeof statusPurpose !== 'string' || statusPurpose === '')
    throw invalid('The status entry has no statusPurpose');
  const index =
    typeof statusListIndex === 'string' && /^\d{1,15}$/.test(statusListIndex)
      ? Number(statusListIndex)
      : Number.isSafeInteger(statusListIndex) && (statusListIndex as number) >= 0
        ? (statusListIndex as number)
        : undefined;
  if (index === undefined)
    throw invalid(`statusListIndex ${JSON.stringify(statusListIndex)} is not an index`);
  const size = statusSize === undefined ? 1 : statusSize;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 8)
    throw invalid(`statusSize ${JSON.stringify(statusSize)} is not an integer from 1 to 8`);
  const messages = readMessages(statusMessage, size);
  if (typeof statusListCredential !== 'string')
    throw invalid('The status entry has no statusListCredential');
  return { purpose: statusPurpose, index, size, messages, list: statusListCredential };
}

/** statusMessage: required with 2^statusSize entries when statusSize > 1; each `{ status: '0x…', message }`. */
function readMessages(statusMessage: unknown, size: number): Map<number, string> {
  const messages = new Map<number, string>();
  if (statusMessage === undefined) {
    if (size > 1) throw invalid(`statusSize ${size} requires statusMessage`);
    return messages;
  }
  if (!Array.isArray(statusMessage)) throw invalid('statusMessage is not an array');
  if (size > 1 && statusMessage.length !== 2 ** size)
    throw invalid(`statusMessage has ${statusMessage.length} entries, not ${2 ** size}`);
  for (const item of statusMessage) {
    const { status, message } = asRecord(item) ?? {};
    if (typeof status !== 'string' || !/^0x[0-9a-f]+$/i.test(status) || typeof message !== 'string')
      throw invalid('A statusMessage entry is not { status: "0x…", message }');
    messages.set(parseInt(status.slice(2), 16), message);
  }
  return messages;
}

function checkListDates(list: Record<string, unknown>, options: ResolvedOptions): void {
  const now = options.clock().getTime();
  const skew = options.skewSeconds * 1000;
  const from = typeof list.validFrom === 'string' ? Date.parse(list.validFrom) : NaN;
  const until = typeof list.validUntil === 'string' ? Date.parse(list.validUntil) : NaN;
  if (list.validFrom !== undefined && (Number.isNaN(from) || from - skew > now))
    throw badList('The status list is not valid yet');
  if (list.validUntil !== undefined && (Number.isNaN(until) || until + skew < now))
    throw badList('The status list has expired');
}

/** The list credential: its type, issuer, validity dates, purpose and proof; the decoded bits. */
async function loadList(
  entry: Entry,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<{ bits: Uint8Array } | { pending: Check }> {
  const list = await fetchStatusDocument(entry.list, options);
  if (![list.type].flat().includes('BitstringStatusListCredential'))
    throw badList('statusListCredential is not a BitstringStatusListCredential');
  if (issuerId(list) !== issuerId(credential))
    throw badList('The status list was not issued by the credential issuer');
  checkListDates(list, options);
  const subject = asRecord(list.credentialSubject);
  if (!subject || ![subject.type].flat().includes('BitstringStatusList'))
    throw badList('The status list subject is not a BitstringStatusList');
  if (![subject.statusPurpose].flat().includes(entry.purpose))
    throw badList(`statusPurpose ${entry.purpose} differs between entry and list`);
  const proof = await checkEmbeddedProof(list, options, 'status', true);
  if (proof.status === 'failed') throw badList(`Status list proof: ${proof.message}`);
  if (proof.status !== 'passed')
    return {
      pending: indeterminate(
        'status',
        `Status list proof: ${proof.message}`,
        'ob.status.unreachable',
      ),
    };
  let bits: Uint8Array;
  try {
    bits = decodeCached(String(subject.encodedList));
  } catch (error) {
    throw badList(error instanceof Error ? error.message : 'encodedList cannot be decoded');
  }
  if ((bits.length * 8) / entry.size < MIN_STATUS_LIST_LENGTH)
    throw badList(`The status list holds fewer than ${MIN_STATUS_LIST_LENGTH} entries`);
  return { bits };
}

const decoded = new Map<string, Uint8Array>();
const DECODED_SIZE = 16;

/** decodeBitstring, remembered: a list is read by every credential it holds (the bits are never written). */
function decodeCached(encoded: string): Uint8Array {
  let bits = decoded.get(encoded);
  if (bits === undefined) {
    bits = decodeBitstring(encoded);
    if (decoded.size >= DECODED_SIZE) decoded.delete(decoded.keys().next().value ?? '');
    decoded.set(encoded, bits);
  }
  return bits;
}

function readStatus(bits: Uint8Array, entry: Entry): number {
  const first = entry.index * entry.size;
  if (first + entry.size > bits.length * 8)
    throw invalid(`statusListIndex ${entry.index} is outside the list`);
  let value = 0;
  for (let bit = first; bit < first + entry.size; bit += 1)
    value = (value << 1) | ((bits[bit >> 3] ?? 0) & (0x80 >> (bit & 7)) ? 1 : 0);
  return value;
}

/** W3C Bitstring Status List §3.2, then what the status means for this purpose. */
export async function checkBitstringEntry(
  raw: Record<string, unknown>,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const entry = readEntry(raw);
  const loaded = await loadList(entry, credential, options);
  if ('pending' in loaded) return loaded.pending;
  const status = readStatus(loaded.bits, entry);
  const where = `BitstringStatusList ${entry.list} index ${entry.index}`;
  const message = entry.messages.get(status);
  if (entry.purpose === 'revocation' && status !== 0)
    throw new StatusProblem('ob.status.revoked', 'The credential is revoked');
  if (entry.purpose === 'suspension' && status !== 0)
    throw new StatusProblem('ob.status.suspended', 'The credential is suspended');
  if (entry.purpose === 'refresh' && status !== 0)
    options.warnings.push({
      id: 'status',
      code: 'ob.status.refresh_requested',
      message: `${where}: the issuer asks for a refresh`,
    });
  if (entry.purpose === 'message' || message !== undefined)
    options.warnings.push({
      id: 'status',
      code: 'ob.status.message',
      message: `${where}: status 0x${status.toString(16)}${message === undefined ? '' : ` (${message})`}`,
    });
  return passed('status', `${entry.purpose}: status 0x${status.toString(16)} (${where})`);
}
