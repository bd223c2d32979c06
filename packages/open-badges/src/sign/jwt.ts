import { OpenBadgesError } from '../errors.js';
import { signCompactJws } from '../jws/compact-jws.js';
import { assertJsonLdSafeMode } from '../schema/safe-mode.js';
import { checkSigningOptions, prepareForSigning, type SigningOptions } from './prepare.js';

export interface JwtOptions extends SigningOptions {
  /** Run JSON-LD safe mode too (default true); the JSON Schema check always runs. */
  jsonLdCheck?: boolean;
}

const seconds = (iso: unknown, field: string): number => {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms))
    throw new OpenBadgesError('ob.invalid_argument', `${field} must be a date-time`, { field });
  return Math.floor(ms / 1000);
};

/**
 * VC-JWT per OB 3.0: the credential is the JWT payload, with `iss` (issuer id), `jti` (credential id), `nbf`
 * (validFrom), `iat`, `sub` (subject id, when there is one) and `exp` (validUntil, when set); header `alg` + `kid`.
 */
export async function signJwt(unsigned: object, options: JwtOptions): Promise<string> {
  checkSigningOptions(unsigned, options);
  const { key } = options;
  const credential = prepareForSigning(unsigned as Record<string, unknown>, key);
  if (options.jsonLdCheck !== false) await assertJsonLdSafeMode(credential);
  const subject = credential.credentialSubject as { id?: unknown } | undefined;
  const clock = options.clock ?? (() => new Date());
  const payload: Record<string, unknown> = {
    ...credential,
    iss: key.controller,
    jti: String(credential.id),
    nbf: seconds(credential.validFrom, 'validFrom'),
    iat: Math.floor(clock().getTime() / 1000),
  };
  if (typeof subject?.id === 'string') payload.sub = subject.id;
  if (credential.validUntil !== undefined)
    payload.exp = seconds(credential.validUntil, 'validUntil');
  return signCompactJws({ kid: key.id, typ: 'JWT' }, payload, key);
}
