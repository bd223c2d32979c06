// Presentations and CLRs hold credentials: their results have the same verdict contract as verify() (any failed
// check gives not_verified, else any indeterminate one gives indeterminate, else verified), with their own checks.
import { OpenBadgesError } from '../errors.js';
import { assertShallow, parseStrictJson } from '../json/strict-json.js';
import type { CheckCode, WarningCode } from './codes.js';
import type { CheckStatus, VerificationOutcome } from './types.js';

export interface ContainerCheck<Id extends string> {
  id: Id;
  status: CheckStatus;
  message: string;
  code?: CheckCode;
}

export interface ContainerWarning<Id extends string> {
  id: Id;
  code: CheckCode | WarningCode;
  message: string;
}

export function check<Id extends string>(
  id: Id,
  status: CheckStatus,
  message: string,
  code?: CheckCode,
): ContainerCheck<Id> {
  return code === undefined || status === 'passed' || status === 'skipped'
    ? { id, status, message }
    : { id, status, message, code };
}

/** The verdict: failed > indeterminate > verified, and `verified` needs the `proof` check passed. */
export function containerOutcome(checks: readonly ContainerCheck<string>[]): VerificationOutcome {
  if (checks.some((c) => c.status === 'failed')) return 'not_verified';
  if (checks.some((c) => c.status === 'indeterminate')) return 'indeterminate';
  return checks.find((c) => c.id === 'proof')?.status === 'passed' ? 'verified' : 'indeterminate';
}

export function errorsOf(checks: readonly ContainerCheck<string>[]): string[] {
  return checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message}`);
}

/** An object, or JSON text of an object (strict: duplicate keys, depth, size); throws OpenBadgesError otherwise. */
export function readJsonObject(input: unknown, maxBytes: number): Record<string, unknown> {
  if (typeof input === 'string') {
    const size = Buffer.byteLength(input, 'utf8');
    if (size > maxBytes)
      throw new OpenBadgesError('ob.document_too_large', `The document is ${size} bytes`, {
        size,
        max: maxBytes,
      });
    input = parseStrictJson(input.trim());
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new OpenBadgesError('ob.malformed_json', 'The input is not a JSON object', {});
  assertShallow(input);
  return input as Record<string, unknown>;
}

export function typesOf(document: Record<string, unknown>): unknown[] {
  return [document.type].flat();
}
