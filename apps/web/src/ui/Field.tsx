import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around one input, wired with ids so screen readers announce all three. */
function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional === true && <span className="optional"> ({t('common.optional')})</span>}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children(describedBy)}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface InputProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'tel' | 'time';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
}

export function TextField({
  label,
  registration,
  error,
  hint,
  optional,
  type = 'text',
  autoComplete,
  inputMode,
}: InputProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <input
          id={id}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  registration,
  error,
  hint,
  optional,
}: Omit<InputProps, 'type'>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={4}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends Omit<InputProps, 'type' | 'autoComplete' | 'inputMode'> {
  options: readonly Option[];
  /** Label of the empty first option; omit it when a value is always chosen. */
  placeholder?: string;
}

export function SelectField({
  label,
  registration,
  error,
  hint,
  optional,
  options,
  placeholder,
}: SelectProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <select
          id={id}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          {...registration}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  hint?: string | undefined;
}

export function CheckboxField({ label, registration, error, hint }: CheckboxProps) {
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className="field checkbox-field">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error !== undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          {...registration}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
