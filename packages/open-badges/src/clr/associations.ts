import { check } from '../verify/container.js';
import type { VerifyResult } from '../verify/types.js';
import type { ClrCheck } from './types.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

const ids = (values: unknown): string[] =>
  [values]
    .flat()
    .map((v) => asRecord(v)?.id)
    .filter((id): id is string => typeof id === 'string');

/** Every achievement the CLR names: its own `achievement` list and those of the credentials it holds. */
export function clrAchievementIds(
  subject: Record<string, unknown>,
  credentials: readonly VerifyResult[],
): Set<string> {
  const held = credentials.flatMap((r) =>
    [r.credential?.credentialSubject].flat().flatMap((s) => ids(asRecord(s)?.achievement)),
  );
  return new Set([...ids(subject.achievement), ...held]);
}

/**
 * CLR 2.0 §B.1.1: an Association links two achievements of the record (`sourceId` → `targetId`). Each end must be
 * an achievement the CLR holds, or the association says something about achievements nobody can see.
 */
export function checkAssociations(
  subject: Record<string, unknown>,
  credentials: readonly VerifyResult[],
): ClrCheck {
  const associations = [subject.association].flat().filter((a) => a !== undefined);
  if (associations.length === 0) return check('associations', 'skipped', 'No association');
  const known = clrAchievementIds(subject, credentials);
  for (const [i, entry] of associations.entries()) {
    const association = asRecord(entry);
    const ends = [association?.sourceId, association?.targetId];
    const missing = ends.find((end) => typeof end !== 'string' || !known.has(end));
    if (!association || typeof association.associationType !== 'string' || missing !== undefined)
      return check(
        'associations',
        'failed',
        `Association #${i} does not link two achievements of this CLR (${JSON.stringify(missing ?? association?.associationType)})`,
        'ob.clr.association_invalid',
      );
  }
  return check(
    'associations',
    'passed',
    `${associations.length} association(s) between held achievements`,
  );
}
