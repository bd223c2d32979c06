import { z } from 'zod';
import { idParamsSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// The VC-JWT form of a signed badge (issue 16), made on demand: the credential as stored, signed
// anew as a JWT (ES256, the issuing organisation's current P-256 key). Same credential, same status.

export const BADGE_JWT_ERROR_CODES = ['badges.not_signed'] as const;

export const vcJwtSchema = z.object({
  /** application/vc+jwt: a compact JWS whose payload is the credential. */
  format: z.literal('vc+jwt'),
  jwt: z.string(),
});

export const badgeJwtRoutes = {
  awardVcJwt: {
    method: 'GET',
    path: '/api/awards/:id/vc-jwt',
    summary: 'A signed badge as a VC-JWT (ES256), made on demand',
    tag: 'badges',
    params: idParamsSchema,
    response: vcJwtSchema,
  },
  myAwardVcJwt: {
    method: 'GET',
    path: '/api/me/awards/:id/vc-jwt',
    summary: 'My signed badge as a VC-JWT (ES256), made on demand',
    tag: 'participant-space',
    audience: 'participant',
    params: idParamsSchema,
    response: vcJwtSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type VcJwt = z.infer<typeof vcJwtSchema>;
