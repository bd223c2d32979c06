import { z } from 'zod';
import type { RouteContract } from './route-contract.js';

// The verifier for everyone (issue 17): anyone, without an account, checks a badge from any issuer
// (a credential as JSON, a compact VC-JWT as text, or a baked PNG/SVG image) and reads each check
// in plain French. A bad credential is an answer (not_verified), never an error.

/** The largest baked image the verifier reads: above it, 413 `file.too_large`. */
export const VERIFY_MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export const VERIFY_RESULTS = ['verified', 'not_verified', 'indeterminate'] as const;
export type VerifyResultKind = (typeof VERIFY_RESULTS)[number];

export const VERIFY_CHECK_STATUSES = ['passed', 'failed', 'indeterminate', 'skipped'] as const;

export const BADGE_VERIFIER_ERROR_CODES = ['verifier.no_input'] as const;

export const verifyCheckSchema = z.object({
  /** The check (OB 3.0 verification section: format, proof, status, validUntil, …). */
  id: z.string(),
  status: z.enum(VERIFY_CHECK_STATUSES),
  /** What it means, in plain French. */
  message: z.string(),
  /** The reason's stable code for a failed or indeterminate check (e.g. `ob.status.revoked`). */
  code: z.string().optional(),
});

export const verificationSchema = z.object({
  result: z.enum(VERIFY_RESULTS),
  /** The verdict in one sentence, in plain French. */
  summary: z.string(),
  checks: z.array(verifyCheckSchema),
});

export const badgeVerifierRoutes = {
  verifyCredential: {
    method: 'POST',
    path: '/api/verify',
    summary:
      'Verify a badge from any issuer, without an account: a credential as JSON, a compact VC-JWT as text/plain, or a baked PNG/SVG (multipart, field "file", 2 MB); rate-limited per address',
    tag: 'verifier',
    public: true,
    response: verificationSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type Verification = z.infer<typeof verificationSchema>;
export type VerifyCheck = z.infer<typeof verifyCheckSchema>;
