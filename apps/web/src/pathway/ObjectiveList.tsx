import { useId, useRef } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorAt, messageOf } from '../ui/fields.js';

/** Per-line messages from react-hook-form's array errors (sparse: only lines in error). */
export function itemMessages(errors: unknown): (string | undefined)[] {
  if (!Array.isArray(errors)) return [];
  return (errors as unknown[]).map(messageOf);
}

/** The list's own message and each line's, for the array field `name` of a form. */
export function listErrors(errors: FieldErrors, name: string) {
  const list = errorAt(errors, name);
  return {
    itemErrors: itemMessages(list),
    error: messageOf(list) ?? messageOf(errorAt(errors, `${name}.root`)),
  };
}

interface Props {
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur: () => void;
  itemErrors: readonly (string | undefined)[];
  error?: string | undefined;
  max?: number;
}

/** The contract's key objectives: a list that grows and shrinks, at least one line. */
export function ObjectiveList({ value, onChange, onBlur, itemErrors, error, max = 15 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const errorId = `${id}-error`;
  return (
    <fieldset className="fieldset" aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{t('contract.objectives')}</legend>
      <ol className="objective-list">
        {value.map((text, index) => {
          const inputId = `${id}-${index}`;
          const itemError = itemErrors[index];
          return (
            <li key={inputId} className="field">
              <label htmlFor={inputId}>{t('contract.objective', { n: index + 1 })}</label>
              <div className="inline-row">
                <input
                  id={inputId}
                  value={text}
                  aria-invalid={itemError !== undefined}
                  aria-describedby={itemError === undefined ? undefined : `${inputId}-error`}
                  onBlur={onBlur}
                  onChange={(event) => {
                    onChange(value.map((old, i) => (i === index ? event.target.value : old)));
                  }}
                />
                {value.length > 1 && (
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => {
                      onChange(value.filter((_, i) => i !== index));
                      addRef.current?.focus();
                    }}
                  >
                    {t('contract.removeObjective', { n: index + 1 })}
                  </button>
                )}
              </div>
              {itemError !== undefined && (
                <p id={`${inputId}-error`} className="field-error">
                  {itemError}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {value.length < max && (
        <button
          ref={addRef}
          type="button"
          className="button secondary"
          onClick={() => {
            onChange([...value, '']);
          }}
        >
          <span aria-hidden="true">+ </span>
          {t('contract.addObjective')}
        </button>
      )}
    </fieldset>
  );
}
