import type { ClrVerifyResult } from '../clr/types.js';
import type { ContainerCheck, ContainerWarning } from '../verify/container.js';
import type { VerificationOutcome, VerifyOptions, VerifyResult } from '../verify/types.js';

/** The checks of a presentation, in order: what it is, the holder's proof and its binding, what it holds. */
export type PresentationCheckId =
  'format' | 'context' | 'type' | 'challenge' | 'domain' | 'proof' | 'credentials';

export const PRESENTATION_CHECK_IDS: readonly PresentationCheckId[] = [
  'format',
  'context',
  'type',
  'challenge',
  'domain',
  'proof',
  'credentials',
];

export type PresentationCheck = ContainerCheck<PresentationCheckId>;

export interface PresentationOptions extends VerifyOptions {
  /**
   * The challenge (nonce) the verifier gave the holder: the holder's proof must carry exactly it. Without it the
   * proof's challenge is not compared (a warning says so) and a replayed presentation cannot be told apart.
   */
  challenge?: string;
  /** The verifier's domain: the proof's `domain` must be it (or, as an array, include it). */
  domain?: string;
}

export interface PresentationVerifyResult {
  version: 'presentation';
  result: VerificationOutcome;
  verified: boolean;
  checks: PresentationCheck[];
  errors: string[];
  warnings: ContainerWarning<string>[];
  presentation?: Record<string, unknown>;
  /** The holder the proof was made by (the presentation's `holder`, or the key's controller). */
  holder?: string;
  /** One result per `verifiableCredential` entry, in order (a ClrCredential gets a CLR result). */
  credentials: (VerifyResult | ClrVerifyResult)[];
}
