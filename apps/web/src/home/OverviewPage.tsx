import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../layout/Page.js';

/**
 * The home of roles that read without acting (evaluator, funder): what they may see, said plainly,
 * instead of a screen that refuses them. The programme's indicators will be shown here.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.overview.title')}>
      <p>{t('home.overview.intro')}</p>
      <h2>{t('home.overview.mayTitle')}</h2>
      <ul>
        <li>
          <Link to="/activites">{t('home.overview.catalogue')}</Link>
        </li>
        <li>{t('home.overview.indicators')}</li>
      </ul>
      <h2>{t('home.overview.notTitle')}</h2>
      <p>{t('home.overview.notText')}</p>
    </Page>
  );
}
