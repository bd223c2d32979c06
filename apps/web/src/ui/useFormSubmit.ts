import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { CodeFields } from './serverErrors.js';
import { useSubmitError } from './useSubmitError.js';

/**
 * The submit of a write form: the previous outcome is cleared, then the write either succeeds
 * (`done`, for the success message) or fails onto its fields or the form-level message.
 */
export function useFormSubmit<I extends FieldValues, O>(
  form: Pick<UseFormReturn<I, unknown, O>, 'handleSubmit' | 'setError'>,
  write: (values: O) => Promise<void>,
  codeFields: CodeFields = {},
) {
  const submitError = useSubmitError(form.setError, codeFields);
  const [done, setDone] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    setDone(false);
    try {
      await write(values);
      setDone(true);
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return { submitError, done, onSubmit };
}
