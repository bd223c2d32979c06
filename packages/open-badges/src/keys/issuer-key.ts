import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import { OpenBadgesError } from '../errors.js';
import { jwkToMultibase } from './multibase.js';

/** Ed25519 signs embedded proofs (eddsa-rdfc-2022); ES256 and RS256 sign VC-JWTs. */
export type KeyAlgorithm = 'Ed25519' | 'ES256' | 'RS256';
export type Jwk = Record<string, string>;

export interface IssuerKey {
  algorithm: KeyAlgorithm;
  /** Verification method id: `<controller>#<fragment>`. */
  id: string;
  /** The issuer id (`issuer.id` of every credential signed with this key). */
  controller: string;
  created: string;
  publicKeyJwk: Jwk;
  /** Absent for public-only keys (e.g. read back from a profile). */
  privateKeyJwk?: Jwk;
  /** Ed25519 and ES256 only. */
  publicKeyMultibase?: string;
  /** Set when the key was rotated out: it no longer signs but still verifies older credentials. */
  retired?: string;
  /**
   * Set when the key was compromised: it no longer signs, and every signature it ever made fails verification,
   * whatever its date (the platform re-issues what it signed). Published as `revoked` on the verification method.
   */
  revoked?: string;
}

export interface GenerateKeyOptions {
  algorithm?: KeyAlgorithm;
  /** Issuer id (https URL or DID). Omitted for Ed25519 and ES256 (P-256): the key becomes its own did:key. */
  controller?: string;
  clock?: () => Date;
}

export async function generateIssuerKey(options: GenerateKeyOptions = {}): Promise<IssuerKey> {
  const algorithm = options.algorithm ?? 'Ed25519';
  const now = (options.clock ?? (() => new Date()))();
  const { publicKeyJwk, privateKeyJwk } = generateJwks(algorithm);
  const publicKeyMultibase = algorithm === 'RS256' ? undefined : jwkToMultibase(publicKeyJwk);
  let controller = options.controller;
  if (controller === undefined) {
    if (publicKeyMultibase === undefined) {
      throw new OpenBadgesError('ob.invalid_argument', 'controller is required for RS256 keys', {
        field: 'controller',
      });
    }
    controller = `did:key:${publicKeyMultibase}`;
  }
  if (typeof controller !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(controller)) {
    throw new OpenBadgesError('ob.invalid_argument', 'controller must be an absolute URI', {
      field: 'controller',
    });
  }
  const fragment = publicKeyMultibase ?? (await calculateJwkThumbprint(publicKeyJwk));
  const key: IssuerKey = {
    algorithm,
    id: `${controller}#${fragment}`,
    controller,
    created: now.toISOString(),
    publicKeyJwk,
    privateKeyJwk,
  };
  if (publicKeyMultibase !== undefined) key.publicKeyMultibase = publicKeyMultibase;
  return key;
}

function generateJwks(algorithm: KeyAlgorithm): { publicKeyJwk: Jwk; privateKeyJwk: Jwk } {
  const pair =
    algorithm === 'Ed25519'
      ? generateKeyPairSync('ed25519')
      : algorithm === 'ES256'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyJwk: pair.publicKey.export({ format: 'jwk' }) as Jwk,
    privateKeyJwk: pair.privateKey.export({ format: 'jwk' }) as Jwk,
  };
}

/** The key without its private part. */
export function toPublicKey(key: IssuerKey): IssuerKey {
  const { privateKeyJwk: _secret, ...rest } = key;
  return rest;
}

/** Rotation: every current key is marked retired (still listed for verification), a new key becomes active. */
export async function rotateIssuerKeys(
  keys: readonly IssuerKey[],
  options: GenerateKeyOptions = {},
): Promise<IssuerKey[]> {
  const now = (options.clock ?? (() => new Date()))().toISOString();
  const first = keys[0];
  const controller = options.controller ?? first?.controller;
  const algorithm = options.algorithm ?? first?.algorithm ?? 'Ed25519';
  const fresh = await generateIssuerKey({
    ...options,
    algorithm,
    ...(controller !== undefined ? { controller } : {}),
  });
  return [
    ...keys.map((k) =>
      k.retired !== undefined || k.algorithm !== algorithm ? k : { ...k, retired: now },
    ),
    fresh,
  ];
}

/** The newest key of the given algorithm that may still sign (neither retired nor revoked). */
export function activeKey(
  keys: readonly IssuerKey[],
  algorithm: KeyAlgorithm = 'Ed25519',
): IssuerKey | undefined {
  return keys
    .filter((k) => k.algorithm === algorithm && k.retired === undefined && k.revoked === undefined)
    .at(-1);
}

/** Marks the key `id` revoked (compromised): see IssuerKey.revoked. The other keys are returned unchanged. */
export function revokeIssuerKey(
  keys: readonly IssuerKey[],
  id: string,
  options: { clock?: () => Date } = {},
): IssuerKey[] {
  if (!keys.some((k) => k.id === id))
    throw new OpenBadgesError('ob.invalid_argument', `No key ${id}`, { field: 'id' });
  const now = (options.clock ?? (() => new Date()))().toISOString();
  return keys.map((k) => (k.id === id && k.revoked === undefined ? { ...k, revoked: now } : k));
}

/** Throws `ob.key_retired` / `ob.key_revoked`: such a key verifies (or not) but never signs again. */
export function assertKeyMaySign(key: IssuerKey): void {
  if (key.revoked !== undefined)
    throw new OpenBadgesError('ob.key_revoked', `Key ${key.id} was revoked: it no longer signs`, {
      id: key.id,
    });
  if (key.retired !== undefined)
    throw new OpenBadgesError('ob.key_retired', `Key ${key.id} was retired: it no longer signs`, {
      id: key.id,
    });
}
