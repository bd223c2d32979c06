import type { ErrorBody, ErrorCode, FieldError } from '@territoires/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodError } from 'zod';
import { AppError, ValidationError } from '../errors/index.js';

const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'request.malformed_json',
    message: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'request.malformed_json',
    message: 'The JSON body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'request.too_large',
    message: 'The body is over 1 MB.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'request.malformed_json',
    message: 'Bad Content-Length.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    message: 'Send application/json.',
  },
};

export function fieldErrors(error: ZodError, prefix: string): FieldError[] {
  const path = (segments: PropertyKey[]) =>
    [prefix, ...segments.map(String)].filter(Boolean).join('.');
  return error.issues.flatMap((issue): FieldError[] =>
    // One error per unknown field, at that field's path, so a client can point at it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: path([...issue.path, key]),
          code: issue.code,
          message: `Unknown field "${key}".`,
        }))
      : [{ path: path(issue.path), code: issue.code, message: issue.message }],
  );
}

/** The SQLSTATE of a database error, wherever the driver or Drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ('code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * Values the database refuses although they passed validation: class 22 (year 0, U+0000 in text...)
 * and 23503 (an id that refers to nothing). The transaction is rolled back, so nothing was written:
 * it is bad input, not a server fault.
 */
function databaseRefusal(error: unknown): string | undefined {
  const state = sqlState(error);
  if (state?.startsWith('22')) return 'A value is out of the range the database accepts.';
  if (state === '23503') return 'The request refers to a record that does not exist.';
  return undefined;
}

export const validationError = (
  error: ZodError,
  where: 'body' | 'query' | 'params',
): ValidationError =>
  new ValidationError(
    'request.validation_failed',
    `The request ${where} is invalid.`,
    undefined,
    fieldErrors(error, where === 'body' ? '' : where),
  );

const body = (
  code: ErrorCode,
  message: string,
  extra: Partial<ErrorBody['error']> = {},
): ErrorBody => ({
  error: { code, message, ...extra },
});

/** Every failure leaves as `{ error: { code, message } }`; unknown errors are logged and never leak details. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      const extra: Partial<ErrorBody['error']> = {};
      if (error.fields) extra.fields = error.fields;
      if (error.details) extra.details = error.details;
      return reply.status(error.status).send(body(error.code, error.message, extra));
    }
    const known =
      'code' in error && typeof error.code === 'string' ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, known.message));
    const refusal = databaseRefusal(error);
    if (refusal) return reply.status(400).send(body('request.validation_failed', refusal));
    if ('statusCode' in error && error.statusCode === 429) {
      return reply
        .status(429)
        .send(body('request.rate_limited', 'Too many attempts; wait a minute.'));
    }
    if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
      return reply.status(400).send(body('request.validation_failed', error.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send(body('internal.unexpected', 'Unexpected error.'));
  });
}

export const notFoundBody = (method: string, url: string): ErrorBody =>
  body('resource.not_found', `No route ${method} ${url}.`);
