import { TERRITORIES } from '@territoires/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilterValues {
  from: string;
  to: string;
  territory: string;
  organisation: string;
}

/** Period, territory and organisation; applied on submit (the figures take a moment to compute). */
export function Filters({
  values,
  organisations,
  onApply,
}: {
  values: FilterValues;
  organisations: { id: string; name: string }[];
  onApply: (values: FilterValues) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const read = (name: keyof FilterValues) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    onApply({
      from: read('from'),
      to: read('to'),
      territory: read('territory'),
      organisation: read('organisation'),
    });
  };
  return (
    <form
      className="indicators-filters no-print"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      key={JSON.stringify(values)}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('indicators.filters.from')}</label>
        <input id={`${id}-from`} name="from" type="date" defaultValue={values.from} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('indicators.filters.to')}</label>
        <input id={`${id}-to`} name="to" type="date" defaultValue={values.to} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-territory`}>{t('indicators.filters.territory')}</label>
        <select id={`${id}-territory`} name="territory" defaultValue={values.territory}>
          <option value="">{t('indicators.filters.all')}</option>
          {TERRITORIES.map((code) => (
            <option key={code} value={code}>
              {t(`codes.territory.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-organisation`}>{t('indicators.filters.organisation')}</label>
        <select id={`${id}-organisation`} name="organisation" defaultValue={values.organisation}>
          <option value="">{t('indicators.filters.all')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('indicators.filters.apply')}
      </button>
    </form>
  );
}
