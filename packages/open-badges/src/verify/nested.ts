import type { CheckCode } from './codes.js';
import { errorText } from './proof-common.js';
import {
  failed,
  indeterminate,
  passed,
  skipped,
  statusOf,
  type Check,
  type ResolvedOptions,
  type VerifyResult,
} from './types.js';

/** Verifies a nested credential (an endorsement, a refreshed credential) with the same options. */
export type VerifyNested = (input: unknown) => Promise<VerifyResult>;

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

const REFRESH_TYPE = '1EdTechCredentialRefresh';

/**
 * OB 3.0 §9.1: a `1EdTechCredentialRefresh` service is followed when fetching is allowed, and the refreshed
 * credential (same issuer) is verified in full; the refresh check carries its verdict. Not allowed or unreachable:
 * indeterminate.
 */
export async function checkRefresh(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
  verifyNested: VerifyNested,
): Promise<{ check: Check; refreshed?: VerifyResult }> {
  const services = [credential.refreshService].flat().filter((s) => s !== undefined);
  if (services.length === 0) return { check: skipped('refresh', 'No refreshService') };
  const service = services.map(asRecord).find((s) => s?.type === REFRESH_TYPE);
  if (!service) {
    options.warnings.push({
      id: 'refresh',
      code: 'ob.refresh.unsupported_type',
      message: 'refreshService of another type than 1EdTechCredentialRefresh not followed',
    });
    return { check: skipped('refresh', 'No 1EdTechCredentialRefresh service') };
  }
  const url = service.id;
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url))
    return {
      check: failed('refresh', 'The refreshService has no http(s) id', 'ob.refresh.invalid'),
    };
  if (!options.fetchJson)
    return {
      check: indeterminate(
        'refresh',
        `Fetching the refreshed credential at ${url} is not allowed`,
        'ob.refresh.unreachable',
      ),
    };
  let fresh: unknown;
  try {
    fresh = await options.fetchJson(url);
  } catch (error) {
    return {
      check: indeterminate(
        'refresh',
        `${url} could not be fetched: ${errorText(error)}`,
        'ob.refresh.unreachable',
      ),
    };
  }
  const refreshed = await verifyNested(fresh);
  const issuer = (c: Record<string, unknown> | undefined): unknown =>
    typeof c?.issuer === 'string' ? c.issuer : asRecord(c?.issuer)?.id;
  if (refreshed.credential && issuer(refreshed.credential) !== issuer(credential))
    return {
      check: failed('refresh', 'The refreshed credential has another issuer', 'ob.refresh.invalid'),
      refreshed,
    };
  const status = statusOf(refreshed.result);
  const message = `Refreshed credential from ${url}: ${refreshed.result}`;
  const check =
    status === 'passed'
      ? passed('refresh', message)
      : status === 'failed'
        ? failed('refresh', `${message} (${refreshed.errors.join('; ')})`, 'ob.refresh.invalid')
        : indeterminate('refresh', message, 'ob.refresh.unreachable');
  return { check, refreshed };
}

interface Endorsed {
  endorsement: unknown;
  where: string;
}

const HOLDERS = ['credential', 'achievement', 'issuer'] as const;

/** The credential, its achievement and its issuer: what endorsements may be attached to, and may endorse. */
function holders(credential: Record<string, unknown>): Record<string, unknown>[] {
  const subject = asRecord([credential.credentialSubject].flat()[0]);
  return [credential, asRecord(subject?.achievement), asRecord(credential.issuer)].map(
    (h) => h ?? {},
  );
}

function embeddedEndorsements(credential: Record<string, unknown>): Endorsed[] {
  return holders(credential).flatMap((holder, i) =>
    [...[holder.endorsement ?? []].flat(), ...[holder.endorsementJwt ?? []].flat()].map(
      (endorsement) => ({ endorsement, where: HOLDERS[i] ?? 'credential' }),
    ),
  );
}

// 1EdTech's own samples attach endorsements of the issuer to the achievement: an endorsement may be about any of
// the three, but not about something this credential does not contain.
function endorsementProblem(
  result: VerifyResult,
  subjects: readonly unknown[],
): [string, CheckCode] | undefined {
  const endorsement = result.credential;
  if (endorsement && ![endorsement.type].flat().includes('EndorsementCredential'))
    return ['not an EndorsementCredential', 'ob.endorsement.invalid'];
  const endorsed = asRecord(endorsement?.credentialSubject)?.id;
  if (endorsement && (typeof endorsed !== 'string' || !subjects.includes(endorsed)))
    return [
      `endorses ${String(endorsed)}, which is not this credential, its achievement or its issuer`,
      'ob.endorsement.subject_mismatch',
    ];
  if (result.result === 'not_verified') return [result.errors.join(', '), 'ob.endorsement.invalid'];
  return undefined;
}

/** Every embedded endorsement (object or endorsementJwt) must verify and endorse what it is attached to. */
export async function checkEndorsements(
  credential: Record<string, unknown>,
  verifyNested: VerifyNested,
): Promise<Check> {
  const endorsements = embeddedEndorsements(credential);
  if (endorsements.length === 0) return skipped('endorsements', 'No embedded endorsements');
  const subjects = holders(credential).map((h) => h.id);
  const bad: [string, CheckCode][] = [];
  const pending: string[] = [];
  for (const [i, { endorsement, where }] of endorsements.entries()) {
    const result = await verifyNested(endorsement);
    const problem = endorsementProblem(result, subjects);
    if (problem) bad.push([`#${i} (${where}): ${problem[0]}`, problem[1]]);
    else if (result.result === 'indeterminate') pending.push(`#${i} (${where})`);
  }
  const [first] = bad;
  if (first)
    return failed(
      'endorsements',
      `Endorsements failed: ${bad.map((b) => b[0]).join(' | ')}`,
      first[1],
    );
  if (pending.length > 0)
    return indeterminate(
      'endorsements',
      `Endorsements that could not be checked: ${pending.join(', ')}`,
      'ob.endorsement.unverified',
    );
  return passed('endorsements', `${endorsements.length} endorsement(s) verified`);
}
