import { checkBitstringEntry } from './status-bitstring.js';
import { fetchStatusDocument, StatusProblem } from './status-fetch.js';
import { Unreachable, errorText } from './proof-common.js';
import {
  failed,
  indeterminate,
  passed,
  skipped,
  type Check,
  type ResolvedOptions,
} from './types.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/**
 * Every credentialStatus entry is checked: one revoked or suspended entry fails the check, even after an entry
 * that could not be checked (unsupported method, list unreachable, fetching not allowed), which only makes the
 * check indeterminate.
 */
export async function checkStatus(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const entries = [credential.credentialStatus].flat().filter((e) => e !== undefined);
  if (entries.length === 0) return skipped('status', 'No credentialStatus');
  const results: Check[] = [];
  for (const raw of entries) results.push(await checkEntry(raw, credential, options));
  const bad = results.find((r) => r.status === 'failed');
  if (bad) return bad;
  const unknown = results.find((r) => r.status === 'indeterminate');
  if (unknown) return unknown;
  return passed('status', results.map((r) => r.message).join('; '));
}

async function checkEntry(
  raw: unknown,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const entry = asRecord(raw);
  if (!entry) return failed('status', 'credentialStatus is not an object', 'ob.status.invalid');
  try {
    if (entry.type === 'BitstringStatusListEntry')
      return await checkBitstringEntry(entry, credential, options);
    if (entry.type === '1EdTechRevocationList')
      return await checkRevocationList(entry, credential, options);
    return indeterminate(
      'status',
      `Status type ${JSON.stringify(entry.type)} is not supported: the status is unknown`,
      'ob.status.unsupported',
    );
  } catch (error) {
    if (error instanceof StatusProblem) return failed('status', error.message, error.code);
    if (error instanceof Unreachable)
      return indeterminate('status', error.message, 'ob.status.unreachable');
    return failed('status', `Status could not be read: ${errorText(error)}`, 'ob.status.invalid');
  }
}

async function checkRevocationList(
  entry: Record<string, unknown>,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const list = await fetchStatusDocument(entry.id, options);
  const revoked = [list.revokedCredentials]
    .flat()
    .map((r) => (typeof r === 'string' ? r : asRecord(r)?.id));
  if (typeof credential.id === 'string' && revoked.includes(credential.id))
    return failed(
      'status',
      'The credential is revoked (1EdTechRevocationList)',
      'ob.status.revoked',
    );
  return passed('status', 'Not in the 1EdTechRevocationList');
}
