import { vcVersion } from './structure.js';
import { failed, passed, skipped, type Check } from './types.js';

function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * validFrom / validUntil (issuanceDate / expirationDate in VC 1.1) against the clock. A VC-JWT's nbf and exp are
 * bound to them by the proof check, so they need no reading here.
 */
export function checkDates(
  credential: Record<string, unknown>,
  now: Date,
  skewSeconds: number,
): [Check, Check] {
  const v1 = vcVersion(credential) === '1.1';
  const fromField = v1 ? 'issuanceDate' : 'validFrom';
  const untilField = v1 ? 'expirationDate' : 'validUntil';
  const skew = skewSeconds * 1000;
  const t = now.getTime();

  let from: Check;
  const start = parseDate(credential[fromField]);
  if (credential[fromField] === undefined)
    from = failed('validFrom', `${fromField} is missing`, 'ob.dates.missing');
  else if (start === undefined)
    from = failed('validFrom', `${fromField} is not a date-time`, 'ob.dates.invalid');
  else if (start - skew > t)
    from = failed(
      'validFrom',
      `Not yet valid: ${fromField} ${JSON.stringify(credential[fromField])} is in the future`,
      'ob.dates.not_yet_valid',
    );
  else from = passed('validFrom', `${fromField} is in the past`);

  let until: Check;
  const end = parseDate(credential[untilField]);
  if (credential[untilField] === undefined) until = skipped('validUntil', `No ${untilField}`);
  else if (end === undefined)
    until = failed('validUntil', `${untilField} is not a date-time`, 'ob.dates.invalid');
  else if (end + skew < t)
    until = failed(
      'validUntil',
      `Expired: ${untilField} ${JSON.stringify(credential[untilField])} is in the past`,
      'ob.dates.expired',
    );
  else until = passed('validUntil', `${untilField} is in the future`);
  return [from, until];
}

/** VC data model: every termsOfUse entry has a type; the library enforces none, so they are reported. */
export function checkTermsOfUse(
  credential: Record<string, unknown>,
  warn: (message: string) => void,
): Check {
  const terms = [credential.termsOfUse].flat().filter((t) => t !== undefined);
  if (terms.length === 0) return skipped('termsOfUse', 'No termsOfUse');
  const types: string[] = [];
  for (const term of terms) {
    const type =
      typeof term === 'object' && term !== null && !Array.isArray(term)
        ? (term as { type?: unknown }).type
        : undefined;
    const names = [type].flat().filter((t): t is string => typeof t === 'string' && t !== '');
    if (names.length === 0)
      return failed('termsOfUse', 'A termsOfUse entry has no type', 'ob.terms.invalid');
    types.push(names.join('/'));
  }
  warn(`termsOfUse present, not enforced by this verifier: ${types.join(', ')}`);
  return passed('termsOfUse', `termsOfUse: ${types.join(', ')}`);
}
