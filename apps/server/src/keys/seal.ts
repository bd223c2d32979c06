import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A private JWK sealed with AES-256-GCM; the key id is bound as additional data (no swapping keys). */
export interface Sealed {
  alg: 'A256GCM';
  iv: string;
  tag: string;
  data: string;
}

export function encryptJwk(jwk: Record<string, string>, master: Buffer, keyId: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(jwk), 'utf8'), cipher.final()]);
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
    data: data.toString('base64url'),
  };
}

/** Throws when the master key or the key id is not the one it was sealed with. */
export function decryptJwk(sealed: Sealed, master: Buffer, keyId: string): Record<string, string> {
  const decipher = createDecipheriv('aes-256-gcm', master, Buffer.from(sealed.iv, 'base64url'));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
  const text = Buffer.concat([
    decipher.update(Buffer.from(sealed.data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as Record<string, string>;
}
