// Deterministic ECDSA P-256 (RFC 6979, HMAC-SHA-256 nonces), for tests only: it reproduces the W3C vc-di-ecdsa
// vector signatures byte for byte. Built from node:crypto (HMAC, and ECDH for the point k·G); never this library.
import { createECDH, createHash, createHmac } from 'node:crypto';

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const toBig = (bytes: Uint8Array): bigint => BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
const toBytes = (x: bigint): Buffer => Buffer.from(x.toString(16).padStart(64, '0'), 'hex');
const mod = (a: bigint): bigint => ((a % N) + N) % N;

function inverse(a: bigint): bigint {
  let [r0, r1] = [mod(a), N];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

function nonce(secret: Buffer, digest: Buffer): bigint {
  const hmac = (key: Buffer, ...parts: Buffer[]): Buffer =>
    createHmac('sha256', key).update(Buffer.concat(parts)).digest();
  const h = toBytes(mod(toBig(digest)));
  let v: Buffer = Buffer.alloc(32, 1);
  let k: Buffer = Buffer.alloc(32, 0);
  k = hmac(k, v, Buffer.from([0]), secret, h);
  v = hmac(k, v);
  k = hmac(k, v, Buffer.from([1]), secret, h);
  v = hmac(k, v);
  for (;;) {
    v = hmac(k, v);
    const candidate = toBig(v);
    if (candidate > 0n && candidate < N) return candidate;
    k = hmac(k, v, Buffer.from([0]));
    v = hmac(k, v);
  }
}

/** ECDSA P-256 / SHA-256 of `data` with the 32-byte secret `secret`, r || s (64 bytes), RFC 6979 nonce. */
export function signP256Deterministic(secret: Uint8Array, data: Uint8Array): Buffer {
  const digest = createHash('sha256').update(data).digest();
  const d = Buffer.from(secret);
  const k = nonce(d, digest);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(toBytes(k));
  const r = mod(toBig(ecdh.getPublicKey().subarray(1, 33)));
  const s = mod(inverse(k) * (toBig(digest) + r * toBig(d)));
  return Buffer.concat([toBytes(r), toBytes(s)]);
}
