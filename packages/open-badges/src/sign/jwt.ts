import { SignJWT } from 'jose';
import { OpenBadgesError } from '../errors.js';
import { assertJsonLdSafeMode } from '../schema/safe-mode.js';
import { checkSigningOptions, prepareForSigning, type SigningOptions } from './prepare.js';
import { joseSigningKey } from './signers.js';

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
 * (validFrom), `sub` (subject id, when there is one) and `exp` (validUntil, when set); header `alg` + `kid`.
 */
export async function signJwt(unsigned: object, options: JwtOptions): Promise<string> {
  checkSigningOptions(unsigned, options);
  const { key } = options;
  const credential = prepareForSigning(unsigned as Record<string, unknown>, key);
  if (options.jsonLdCheck !== false) await assertJsonLdSafeMode(credential);
  const signingKey = await joseSigningKey(key);
  const subject = credential.credentialSubject as { id?: unknown } | undefined;
  const jwt = new SignJWT(credential)
    .setProtectedHeader({ alg: key.algorithm, kid: key.id, typ: 'JWT' })
    .setIssuer(key.controller)
    .setJti(String(credential.id))
    .setNotBefore(seconds(credential.validFrom, 'validFrom'))
    .setIssuedAt(Math.floor((options.clock ?? (() => new Date()))().getTime() / 1000));
  if (typeof subject?.id === 'string') jwt.setSubject(subject.id);
  if (credential.validUntil !== undefined)
    jwt.setExpirationTime(seconds(credential.validUntil, 'validUntil'));
  return jwt.sign(signingKey);
}
