import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file picker for a photo or a document. `capture` lets a phone offer its camera directly; the
 * browser still offers the gallery and files where it can.
 */
export function FileField({
  label,
  hint,
  accept,
  onChange,
  large = false,
}: {
  label: string;
  hint?: string;
  accept: string;
  onChange: (file: File | null) => void;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={large ? 'field file-field file-field-large' : 'field file-field'}>
      <label htmlFor={id}>
        <span aria-hidden="true">📷 </span>
        {label}
        <span className="optional"> ({t('common.optional')})</span>
      </label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept={accept}
        capture="environment"
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
