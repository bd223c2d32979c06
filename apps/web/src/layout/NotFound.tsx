import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from './Page.js';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.notFound')}>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </Page>
  );
}
