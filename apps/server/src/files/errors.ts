import { AppError, ValidationError } from '../errors/index.js';

/** Over the 10 MB limit: 413, like a JSON body over its limit. */
export class FileTooLargeError extends AppError {
  readonly status = 413;
  constructor(limit: number) {
    super('file.too_large', `The file is over ${limit / 1024 / 1024} MB.`, { limit });
  }
}

/** One upload at a time per person: a second one while the first is read gets a 429. */
export class UploadInProgressError extends AppError {
  readonly status = 429;
  constructor() {
    super('file.upload_in_progress', 'Another upload of yours is in progress.');
  }
}

/** Content that is none of the accepted types (JPEG, PNG, WebP, PDF): 415. */
export class FileTypeNotAllowedError extends AppError {
  readonly status = 415;
  constructor(detected: string) {
    super('file.type_not_allowed', 'Send a photo (JPEG, PNG, WebP) or a PDF.', { detected });
  }
}

/** The name or the declared type says one thing, the bytes another. */
export const typeMismatch = (detected: string, claimed: string): ValidationError =>
  new ValidationError('file.type_mismatch', `The file is ${detected}, not ${claimed}.`, {
    detected,
    claimed,
  });

export const decompressionBomb = (width: number, height: number, limit: number): ValidationError =>
  new ValidationError(
    'file.decompression_bomb',
    `The image is ${width}×${height} pixels, over the ${limit} pixels accepted.`,
    { width, height, limit },
  );

export const imageInvalid = (): ValidationError =>
  new ValidationError('file.image_invalid', 'The image cannot be read.');
