import { failed, passed, skipped, type Check } from './types.js';
import { vcVersion } from './structure.js';

function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** validFrom / validUntil (issuanceDate / expirationDate in VC 1.1), plus a JWT's nbf / exp, against the clock. */
export function checkDates(
  credential: Record<string, unknown>,
  jwtPayload: Record<string, unknown> | undefined,
  now: Date,
  skewSeconds: number,
): [Check, Check] {
  const v1 = vcVersion(credential) === '1.1';
  const fromField = v1 ? 'issuanceDate' : 'validFrom';
  const untilField = v1 ? 'expirationDate' : 'validUntil';
  const skew = skewSeconds * 1000;
  const t = now.getTime();
  const nbf = typeof jwtPayload?.nbf === 'number' ? jwtPayload.nbf * 1000 : undefined;
  const exp = typeof jwtPayload?.exp === 'number' ? jwtPayload.exp * 1000 : undefined;

  let from: Check;
  const start = parseDate(credential[fromField]);
  if (credential[fromField] === undefined && !v1)
    from = failed('validFrom', 'validFrom is missing');
  else if (credential[fromField] !== undefined && start === undefined)
    from = failed('validFrom', `${fromField} is not a date-time`);
  else if (start !== undefined && start - skew > t)
    from = failed(
      'validFrom',
      `Not yet valid: ${fromField} ${String(credential[fromField])} is in the future`,
    );
  else if (nbf !== undefined && nbf - skew > t)
    from = failed('validFrom', 'Not yet valid: the JWT nbf is in the future');
  else from = passed('validFrom', `${fromField} is in the past`);

  let until: Check;
  const end = parseDate(credential[untilField]);
  if (credential[untilField] === undefined && exp === undefined)
    until = skipped('validUntil', `No ${untilField}`);
  else if (credential[untilField] !== undefined && end === undefined)
    until = failed('validUntil', `${untilField} is not a date-time`);
  else if (end !== undefined && end + skew < t)
    until = failed(
      'validUntil',
      `Expired: ${untilField} ${String(credential[untilField])} is in the past`,
    );
  else if (exp !== undefined && exp + skew < t)
    until = failed('validUntil', 'Expired: the JWT exp is in the past');
  else until = passed('validUntil', `${untilField} is in the future`);
  return [from, until];
}

export function checkRefresh(credential: Record<string, unknown>): Check {
  const refresh = credential.refreshService;
  if (refresh === undefined) return skipped('refresh', 'No refreshService');
  const type =
    typeof refresh === 'object' && refresh !== null
      ? (refresh as { type?: unknown }).type
      : undefined;
  return skipped(
    'refresh',
    `refreshService of type ${String(type)} present; the refreshed credential was not fetched`,
  );
}
