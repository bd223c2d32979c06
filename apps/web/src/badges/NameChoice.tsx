import type { RecipientName } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Which name the signed badge carries: the pseudonym, a name typed now, or none. Plain inputs (no
 * form library): it is also on the participant's phone, whose bundle stays small.
 */
export function NameChoice({
  pseudonymLabel,
  pending,
  onChoose,
}: {
  pseudonymLabel: string;
  pending: boolean;
  onChoose: (name: RecipientName) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<RecipientName['kind']>('pseudonym');
  const [typed, setTyped] = useState('');
  const ready = kind !== 'typed' || typed.trim() !== '';
  const options: [RecipientName['kind'], string][] = [
    ['pseudonym', pseudonymLabel],
    ['typed', t('badges.name.typed')],
    ['none', t('badges.name.none')],
  ];
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        onChoose(kind === 'typed' ? { kind, name: typed.trim() } : { kind });
      }}
    >
      <fieldset className="fieldset">
        <legend>{t('badges.name.legend')}</legend>
        {options.map(([value, label]) => (
          <div key={value} className="checkbox">
            <input
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-kind`}
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
              }}
            />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'typed' && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('badges.name.typedLabel')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={120}
            autoComplete="name"
            value={typed}
            onInput={(event) => {
              setTyped((event.target as HTMLInputElement).value);
            }}
          />
        </div>
      )}
      <button type="submit" className="button primary big" disabled={pending || !ready}>
        {t('badges.name.confirm')}
      </button>
    </form>
  );
}
