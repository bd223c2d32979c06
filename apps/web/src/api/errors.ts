import type { ErrorCode, FieldError } from '@territoires/contracts';
import { KNOWN_ERROR_CODES } from './manifest.js';

const KNOWN = new Set<string>(KNOWN_ERROR_CODES);

/** An error answered by the API (or the network), carrying the stable code that keys its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

interface ErrorShape {
  error?: { code?: unknown; fields?: unknown };
}

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).path === 'string' &&
  typeof (value as Record<string, unknown>).code === 'string';

/** Reads the `{ error: { code, fields } }` body; anything unexpected becomes internal.unexpected. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorShape | null)?.error;
  const code =
    typeof error?.code === 'string' && KNOWN.has(error.code)
      ? (error.code as ErrorCode)
      : 'internal.unexpected';
  const fields = Array.isArray(error?.fields) ? error.fields.filter(isFieldError) : [];
  return new ApiError(status, code, fields);
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

export const hasCode = (value: unknown, code: ErrorCode): boolean =>
  isApiError(value) && value.code === code;
