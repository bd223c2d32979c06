import { hashIdentity } from '../model/builders.js';
import { failed, passed, skipped, type Check, type RecipientIdentity } from './types.js';

export function checkSubject(
  credential: Record<string, unknown>,
  recipient: RecipientIdentity | undefined,
): Check {
  if (recipient === undefined) return skipped('subject', 'No recipient identity supplied');
  const subjects = [credential.credentialSubject]
    .flat()
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
  for (const subject of subjects) {
    if (recipient.id !== undefined && subject.id === recipient.id)
      return passed('subject', 'credentialSubject.id matches the recipient');
    if (recipient.value === undefined) continue;
    for (const entry of [subject.identifier].flat()) {
      if (matchesIdentifier(entry, recipient))
        return passed('subject', 'An identifier matches the recipient');
    }
  }
  return failed('subject', 'The credential subject does not match the recipient');
}

function matchesIdentifier(entry: unknown, recipient: RecipientIdentity): boolean {
  if (typeof entry !== 'object' || entry === null || recipient.value === undefined) return false;
  const { identityHash, identityType, hashed, salt } = entry as Record<string, unknown>;
  if (recipient.identityType !== undefined && identityType !== recipient.identityType) return false;
  if (typeof identityHash !== 'string') return false;
  if (hashed === true)
    return identityHash === hashIdentity(recipient.value, typeof salt === 'string' ? salt : '');
  return identityHash === recipient.value;
}
