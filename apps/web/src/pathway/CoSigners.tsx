import type { StaffMember } from '@territoires/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  candidates: readonly StaffMember[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** Staff co-signers as a group of checkboxes: the coordinator and/or the référent. */
export function CoSigners({ candidates, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [`${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="fieldset" aria-describedby={describedBy}>
      <legend>{t('contract.coSigners')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('contract.coSignersHint')}
      </p>
      {candidates.map((staff) => (
        <div key={staff.id} className="checkbox">
          <input
            id={`${id}-${staff.id}`}
            type="checkbox"
            checked={value.includes(staff.id)}
            onChange={(event) => {
              onChange(
                event.target.checked
                  ? [...value, staff.id]
                  : value.filter((staffId) => staffId !== staff.id),
              );
            }}
          />
          <label htmlFor={`${id}-${staff.id}`}>{staff.displayName}</label>
        </div>
      ))}
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
