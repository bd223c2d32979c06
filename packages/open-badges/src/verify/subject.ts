import { hashIdentity } from '../model/builders.js';
import { failed, passed, type Check, type RecipientIdentity } from './types.js';

function subjectsOf(credential: Record<string, unknown>): Record<string, unknown>[] {
  return [credential.credentialSubject]
    .flat()
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
}

function hasIdentifier(subject: Record<string, unknown>): boolean {
  return [subject.identifier]
    .flat()
    .some((i) => typeof i === 'object' && i !== null && !Array.isArray(i));
}

/**
 * OB 3.0: an AchievementSubject names its recipient by `id` or `identifier` (an endorsement's subject by `id`);
 * when a recipient identity is given, the subject must match it.
 */
export function checkSubject(
  credential: Record<string, unknown>,
  recipient: RecipientIdentity | undefined,
): Check {
  const subjects = subjectsOf(credential);
  const anonymous = subjects.find((s) => typeof s.id !== 'string' && !hasIdentifier(s));
  if (subjects.length === 0 || anonymous)
    return failed(
      'subject',
      'credentialSubject has neither id nor identifier',
      'ob.subject.missing_identifier',
    );
  if (recipient === undefined) return passed('subject', 'The subject is identified');
  for (const subject of subjects) {
    if (recipient.id !== undefined && subject.id === recipient.id)
      return passed('subject', 'credentialSubject.id matches the recipient');
    if (recipient.value === undefined) continue;
    for (const entry of [subject.identifier].flat()) {
      if (matchesIdentifier(entry, recipient))
        return passed('subject', 'An identifier matches the recipient');
    }
  }
  return failed(
    'subject',
    'The credential subject does not match the recipient',
    'ob.subject.recipient_mismatch',
  );
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
