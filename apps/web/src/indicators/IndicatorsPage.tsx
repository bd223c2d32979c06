import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';

export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const items = useApiQuery('listIndicators', ['participants', id, 'indicators'], {
    params: { id },
  });
  return (
    <Page title={t('indicators.title')}>
      {items.isPending && <Loading />}
      {items.isError && <FormError error={items.error} />}
      {items.data?.length === 0 && <p>{t('indicators.empty')}</p>}
      {items.data !== undefined && items.data.length > 0 && (
        <ul className="cards">
          {items.data.map((item) => (
            <li key={item.id} className="card">
              <p className="card-title">{item.label}</p>
              <p>{formatDate(item.at, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
