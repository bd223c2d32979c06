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
}

export interface GenerateKeyOptions {
  algorithm?: KeyAlgorithm;
  /** Issuer id (https URL or DID). Omitted for Ed25519: the key becomes its own did:key. */
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
    if (algorithm !== 'Ed25519' || publicKeyMultibase === undefined) {
      throw new OpenBadgesError(
        'ob.invalid_argument',
        'controller is required for ES256 and RS256 keys',
        { field: 'controller' },
      );
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

/** The newest non-retired key of the given algorithm. */
export function activeKey(
  keys: readonly IssuerKey[],
  algorithm: KeyAlgorithm = 'Ed25519',
): IssuerKey | undefined {
  return keys.filter((k) => k.algorithm === algorithm && k.retired === undefined).at(-1);
}
