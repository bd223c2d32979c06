import { decodeBitstring, getBit } from '../status/bitstring.js';
import { checkEmbeddedProof, issuerId } from './proof.js';
import { failed, passed, skipped, type Check, type ResolvedOptions } from './types.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

export async function checkStatus(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const entries = [credential.credentialStatus].flat().filter((e) => e !== undefined);
  if (entries.length === 0) return skipped('status', 'No credentialStatus');
  if (!options.fetchJson) return skipped('status', 'No fetchJson given: status not checked');
  const messages: string[] = [];
  for (const raw of entries) {
    const entry = asRecord(raw);
    if (!entry) return failed('status', 'credentialStatus is not an object');
    try {
      const result = await checkEntry(entry, credential, options);
      if (result.status !== 'passed') return result;
      messages.push(result.message);
    } catch (error) {
      return failed(
        'status',
        `Status could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return passed('status', messages.join('; '));
}

async function checkEntry(
  entry: Record<string, unknown>,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  if (entry.type === 'BitstringStatusListEntry') return checkBitstring(entry, credential, options);
  if (entry.type === '1EdTechRevocationList')
    return checkRevocationList(entry, credential, options);
  return skipped('status', `Status type ${String(entry.type)} is not supported`);
}

async function fetchObject(
  url: unknown,
  options: ResolvedOptions,
): Promise<Record<string, unknown>> {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url))
    throw new Error(`status URL ${String(url)} is not http(s)`);
  const document = asRecord(await options.fetchJson?.(url));
  if (!document) throw new Error(`${url} did not return a JSON object`);
  return document;
}

async function checkBitstring(
  entry: Record<string, unknown>,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const list = await fetchObject(entry.statusListCredential, options);
  const types = [list.type].flat();
  if (!types.includes('BitstringStatusListCredential'))
    return failed('status', 'statusListCredential is not a BitstringStatusListCredential');
  if (issuerId(list) !== issuerId(credential))
    return failed('status', 'The status list was not issued by the credential issuer');
  const proof = await checkEmbeddedProof(list, options);
  if (proof.status !== 'passed') return failed('status', `Status list proof: ${proof.message}`);
  const subject = asRecord(list.credentialSubject);
  if (!subject || subject.statusPurpose !== entry.statusPurpose)
    return failed('status', 'statusPurpose differs between entry and list');
  const index = Number(entry.statusListIndex);
  const set = getBit(decodeBitstring(String(subject.encodedList)), index);
  if (set)
    return failed(
      'status',
      entry.statusPurpose === 'suspension'
        ? 'The credential is suspended'
        : 'The credential is revoked',
    );
  return passed(
    'status',
    `Not ${String(entry.statusPurpose)} (BitstringStatusList index ${index})`,
  );
}

async function checkRevocationList(
  entry: Record<string, unknown>,
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const list = await fetchObject(entry.id, options);
  const revoked = [list.revokedCredentials]
    .flat()
    .map((r) => (typeof r === 'string' ? r : asRecord(r)?.id));
  if (typeof credential.id === 'string' && revoked.includes(credential.id))
    return failed('status', 'The credential is revoked (1EdTechRevocationList)');
  return passed('status', 'Not in the 1EdTechRevocationList');
}
