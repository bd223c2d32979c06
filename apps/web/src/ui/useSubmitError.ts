import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, type CodeFields } from './serverErrors.js';

/**
 * A failed submit either lands on its fields or becomes the form-level message
 * (including the stale-version one with its reload button).
 */
export function useSubmitError<T extends FieldValues>(
  setFieldError: UseFormSetError<T>,
  codeFields: CodeFields = {},
) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  return {
    error,
    clear: () => {
      setError(null);
    },
    handle: (caught: unknown) => {
      setError(applyServerErrors(caught, setFieldError, t, codeFields) ? null : caught);
    },
  };
}
