import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import type { ErrorCode } from '@territoires/contracts';
import { isApiError } from '../api/errors.js';

/** Error codes that belong to one form field even when the server names no field. */
export type CodeFields = Partial<Record<ErrorCode, string>>;

/**
 * Puts the server's field errors on the matching form fields. Returns true when every
 * problem found a field, so the caller can skip the form-level message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  t: TFunction,
  codeFields: CodeFields = {},
): boolean {
  if (!isApiError(error)) return false;
  const message = (code: string): string =>
    t(`errors.${code}`, { defaultValue: t(`errors.${error.code}`) });
  const target = codeFields[error.code];
  if (target !== undefined) {
    setError(target as Path<T>, { type: 'server', message: message(error.code) });
    return true;
  }
  for (const field of error.fields) {
    setError(field.path as Path<T>, { type: 'server', message: message(field.code) });
  }
  return error.fields.length > 0;
}
