import { generateIssuerKey } from '../keys/issuer-key.js';
import type { IssuerKey } from '../keys/issuer-key.js';
import { parseKeyFile, serializeKeyFile } from '../keys/key-file.js';
import { issueCredential } from '../sign/issue.js';
import { EXIT, UsageError, readInput } from './io.js';
import type { CliIo } from './io.js';

const utf8 = new TextDecoder();

/** Writes a new Ed25519 key file; without an issuer URL the key is its own did:key issuer. */
export async function keygenCommand(
  io: CliIo,
  out: string,
  issuerUrl: string | undefined,
  algorithm: string | undefined = 'Ed25519',
): Promise<number> {
  // Embedded proofs: Ed25519 (eddsa-rdfc-2022) or P-256 (ecdsa-rdfc-2019).
  if (algorithm !== 'Ed25519' && algorithm !== 'ES256')
    throw new UsageError('--algorithm must be Ed25519 or ES256.');
  const key = await generateIssuerKey({
    algorithm,
    ...(issuerUrl === undefined ? {} : { controller: issuerUrl }),
  });
  try {
    await io.writeFile(out, serializeKeyFile(key));
  } catch (err) {
    throw new UsageError(
      `Cannot create ${out}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  io.stderr.write(`Key ${key.id} written to ${out}\n`);
  return EXIT.ok;
}

/** The key re-bound to another issuer id: the verification method becomes `<issuer>#<multibase>`. */
function rebind(key: IssuerKey, issuerUrl: string): IssuerKey {
  if (key.controller === issuerUrl) return key;
  const fragment = key.publicKeyMultibase ?? key.id.slice(key.id.indexOf('#') + 1);
  return { ...key, controller: issuerUrl, id: `${issuerUrl}#${fragment}` };
}

function withIssuer(unsigned: Record<string, unknown>, issuerId: string): Record<string, unknown> {
  const issuer = unsigned.issuer;
  const profile =
    typeof issuer === 'object' && issuer !== null && !Array.isArray(issuer)
      ? { ...(issuer as Record<string, unknown>), id: issuerId }
      : { id: issuerId, type: ['Profile'] };
  return { ...unsigned, issuer: profile };
}

export async function issueCommand(
  io: CliIo,
  keyFile: string,
  unsignedFile: string,
  issuerUrl: string | undefined,
): Promise<number> {
  const stored = parseKeyFile(utf8.decode(await readInput(io, keyFile)));
  if (stored.privateKeyJwk === undefined) throw new UsageError(`${keyFile} holds no private key.`);
  const key = issuerUrl === undefined ? stored : rebind(stored, issuerUrl);
  let unsigned: unknown;
  try {
    unsigned = JSON.parse(utf8.decode(await readInput(io, unsignedFile)));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${unsignedFile} is not JSON.`);
  }
  if (typeof unsigned !== 'object' || unsigned === null || Array.isArray(unsigned)) {
    throw new UsageError(`${unsignedFile} is not a JSON object.`);
  }
  const signed = await issueCredential(
    withIssuer(unsigned as Record<string, unknown>, key.controller),
    { key },
  );
  io.stdout.write(`${JSON.stringify(signed, null, 2)}\n`);
  return EXIT.ok;
}
