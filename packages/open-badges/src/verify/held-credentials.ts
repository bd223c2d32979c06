// The credentials a presentation or a CLR holds, each verified on its own with verify() (its own issuer, proof,
// status and dates): a changed credential fails even when the envelope around it was signed again.
import { check, typesOf, type ContainerCheck } from './container.js';
import type { VerifyOptions, VerifyResult } from './types.js';
import { verify } from './verify.js';

const VC_JWT_DATA_URL = 'data:application/vc+jwt,';

/** What a held credential is given as: an object, a VC-JWT, or an EnvelopedVerifiableCredential (VC 2.0 §4.13). */
export function heldInput(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const record = entry as Record<string, unknown>;
  if (
    typesOf(record).includes('EnvelopedVerifiableCredential') &&
    typeof record.id === 'string' &&
    record.id.startsWith(VC_JWT_DATA_URL)
  )
    return record.id.slice(VC_JWT_DATA_URL.length);
  return entry;
}

export function isClr(entry: unknown): boolean {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typesOf(entry as Record<string, unknown>).includes('ClrCredential')
  );
}

/** OB 3.0 credentials only (an OB 2.0 assertion has no place in a VC container): no `fetch` is passed on. */
export function verifyHeldCredential(
  entry: unknown,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const { fetch: _ob2Fetch, ...ob3 } = options;
  return verify(heldInput(entry), ob3);
}

/** The `credentials` check: every held credential verified (failed > indeterminate > passed). */
export function credentialsCheck(
  results: readonly { result: VerifyResult['result'] }[],
  required: boolean,
): ContainerCheck<'credentials'> {
  if (results.length === 0)
    return required
      ? check('credentials', 'failed', 'No credential is held', 'ob.credentials.missing')
      : check('credentials', 'skipped', 'No credential is held');
  const which = (outcome: string) =>
    results
      .map((r, i) => (r.result === outcome ? `#${i}` : undefined))
      .filter((x) => x !== undefined)
      .join(', ');
  if (results.some((r) => r.result === 'not_verified'))
    return check(
      'credentials',
      'failed',
      `Credential(s) ${which('not_verified')} not verified`,
      'ob.credentials.invalid',
    );
  if (results.some((r) => r.result === 'indeterminate'))
    return check(
      'credentials',
      'indeterminate',
      `Credential(s) ${which('indeterminate')} could not be verified`,
      'ob.credentials.unverified',
    );
  return check('credentials', 'passed', `${results.length} credential(s) verified`);
}
