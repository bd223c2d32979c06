import type { DocumentLoader } from '../contexts/document-loader.js';
import { checkJsonLdSafeMode, checkJsonLdSafeModeCached } from '../schema/safe-mode.js';
import type { CheckCode } from './codes.js';
import { failed, indeterminate, type Check, type CheckId } from './types.js';

/** A proof that is checked and wrong: the proof check fails with this code. */
export class ProofError extends Error {
  override readonly name = 'ProofError';
  readonly code: CheckCode;
  constructor(code: CheckCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** A document needed to check the proof could not be had (fetching not allowed, network, timeout). */
export class Unreachable extends Error {
  override readonly name = 'Unreachable';
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { errors?: unknown[] }).errors?.[0];
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

export function issuerId(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  const id =
    typeof issuer === 'object' && issuer !== null ? (issuer as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** ProofError -> failed, Unreachable -> indeterminate, anything else (a library error) -> failed. */
export function asCheck(id: CheckId, error: unknown): Check {
  if (error instanceof Unreachable)
    return indeterminate(id, error.message, 'ob.proof.key_unreachable');
  if (error instanceof ProofError) return failed(id, error.message, error.code);
  return failed(id, `Invalid proof: ${errorText(error)}`, 'ob.proof.signature_invalid');
}

/** JSON-LD safe mode: a term the contexts do not define would be left out of what the signature covers. */
export async function safeModeIssue(
  document: Record<string, unknown>,
  loader: DocumentLoader | undefined,
): Promise<ProofError | undefined> {
  const [issue] = loader
    ? await checkJsonLdSafeMode(document, loader)
    : await checkJsonLdSafeModeCached(document);
  return issue
    ? new ProofError(
        'ob.proof.jsonld_unsafe',
        `JSON-LD safe mode rejects ${issue.field}: ${issue.message}`,
      )
    : undefined;
}
