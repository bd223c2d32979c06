import type {
  FieldErrors,
  FieldPath,
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from 'react-hook-form';

/** What a field component (ui/Field.tsx) takes from its form: the input's registration and error. */
export interface FieldBinding {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}

/** The error node at a dotted field path (`objectives.0.text`), if the form holds one. */
export function errorAt(errors: FieldErrors, name: string): unknown {
  let node: unknown = errors;
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The message of an error node, if it carries one. */
export function messageOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || !('message' in node)) return undefined;
  return typeof node.message === 'string' ? node.message : undefined;
}

/**
 * Binds field components to a form by name: `<TextField label={…} {...field('title')} />` renders
 * the label, the registered input and its error, so no form repeats register/error pairs.
 */
export function fieldsOf<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'register' | 'formState'>,
) {
  const { errors } = form.formState;
  return <N extends FieldPath<T>>(name: N, options?: RegisterOptions<T, N>): FieldBinding => ({
    registration: form.register(name, options),
    error: messageOf(errorAt(errors, name)),
  });
}

/** Puts a contract's field errors (zod paths) on the form's fields, for forms checked at submit. */
export function zodFieldErrors<T extends FieldValues>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  setError: (name: Path<T>, error: { type: string; message: string }) => void,
) {
  for (const issue of issues)
    setError(String(issue.path[0]) as Path<T>, { type: 'validate', message: issue.message });
}
