import { z } from 'zod';
import type { RouteContract } from './route-contract.js';

// The service itself: health, and the codes any route may answer with (bad requests, missing or
// conflicting resources, the unexpected).

/** Error codes of this domain (each is also the web app's i18n key `errors.<code>`). */
export const SYSTEM_ERROR_CODES = [
  'request.malformed_json',
  'request.validation_failed',
  'request.too_large',
  'request.too_complex',
  'request.unsupported_media_type',
  'request.rate_limited',
  'resource.not_found',
  'resource.conflict',
  'resource.stale_version',
  'resource.already_exists',
  'internal.unexpected',
] as const;

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});

export const systemRoutes = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Service health',
    tag: 'system',
    public: true,
    response: healthSchema,
  },
} as const satisfies Record<string, RouteContract>;
