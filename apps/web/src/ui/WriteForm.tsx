import type { ReactNode, SyntheticEvent } from 'react';
import { FormError } from './FormError.js';
import type { useSubmitError } from './useSubmitError.js';

interface Props {
  /** With a title, the form is labelled by its heading. */
  title?: { id: string; text: string };
  submitError: Pick<ReturnType<typeof useSubmitError>, 'error' | 'clear'>;
  /** Reloads the participant after a stale-version conflict, so the next try carries the fresh version. */
  reload: () => void;
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
}

/** The frame of every write on a participant's file: heading, the form-level error with its reload, the fields. */
export function WriteForm({ title, submitError, reload, onSubmit, children }: Props) {
  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={title?.id}
    >
      {title !== undefined && <h3 id={title.id}>{title.text}</h3>}
      <FormError
        error={submitError.error}
        onReload={() => {
          submitError.clear();
          reload();
        }}
      />
      {children}
    </form>
  );
}
