import { z } from 'zod';
import { ACTIVITY_ERROR_CODES } from './activities.js';
import { ATTENDANCE_ERROR_CODES } from './attendance.js';
import { EXPERIENCE_ERROR_CODES } from './experiences.js';
import { PARTICIPANT_SPACE_ERROR_CODES } from './participant-space.js';

/**
 * The closed set of error codes the API returns. Each code is also an i18n key (`errors.<code>`)
 * in the web app's catalogue, so the UI never depends on message text.
 */
const CORE_ERROR_CODES = [
  'request.malformed_json',
  'request.validation_failed',
  'request.too_large',
  'request.unsupported_media_type',
  'request.rate_limited',
  'auth.unauthenticated',
  'auth.invalid_credentials',
  'auth.csrf_invalid',
  'auth.forbidden',
  'resource.not_found',
  'resource.conflict',
  'resource.stale_version',
  'resource.already_exists',
  'pathway.illegal_transition',
  'pathway.already_exited',
  'contract.too_long',
  'contract.end_before_start',
  'contract.none_active',
  'contract.already_active',
  'contract.co_signer_required',
  'exit.before_entry',
  'exit.contract_months_required',
  'team.member_not_eligible',
  'internal.unexpected',
] as const;

export const ERROR_CODES = [
  ...CORE_ERROR_CODES,
  ...ACTIVITY_ERROR_CODES,
  ...ATTENDANCE_ERROR_CODES,
  ...EXPERIENCE_ERROR_CODES,
  ...PARTICIPANT_SPACE_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
