import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (achievementId: string) => void;
  choices: readonly { id: string; name: string; issuerName: string }[];
}

/** A badge to pick, named with its issuer (the award form and the proposal form). */
export function BadgeChoice({ id, label, value, onChange, choices }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('common.choose')}</option>
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.issuerName})
          </option>
        ))}
      </select>
    </div>
  );
}
