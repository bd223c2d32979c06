import type { ContainerCheck, ContainerWarning } from '../verify/container.js';
import type { VerificationOutcome, VerifyResult } from '../verify/types.js';

/** The checks of a ClrCredential, in order: the CLR itself, then what it holds. */
export type ClrCheckId =
  | 'format'
  | 'context'
  | 'type'
  | 'schema'
  | 'subject'
  | 'proof'
  | 'status'
  | 'validFrom'
  | 'validUntil'
  | 'credentials'
  | 'associations';

export const CLR_CHECK_IDS: readonly ClrCheckId[] = [
  'format',
  'context',
  'type',
  'schema',
  'subject',
  'proof',
  'status',
  'validFrom',
  'validUntil',
  'credentials',
  'associations',
];

export type ClrCheck = ContainerCheck<ClrCheckId>;

/** The result of verifyClr: the same verdict contract as verify(), plus each held credential's own result. */
export interface ClrVerifyResult {
  version: 'clr-2.0';
  result: VerificationOutcome;
  verified: boolean;
  checks: ClrCheck[];
  errors: string[];
  warnings: ContainerWarning<string>[];
  credential?: Record<string, unknown>;
  format?: 'json' | 'jwt';
  /** One result per `credentialSubject.verifiableCredential` entry, in order. */
  credentials: VerifyResult[];
}
