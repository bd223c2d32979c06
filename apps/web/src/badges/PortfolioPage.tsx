import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import './backpack.css';

/** /moi/badges/portfolio: the badges I share, by job family, to print on one page for an interview. */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const portfolio = useApiQuery('myPortfolio', ['me', 'portfolio']);
  const groups = portfolio.data?.groups ?? [];
  return (
    <Page title={t('badges.backpack.portfolioTitle')}>
      {portfolio.isPending && <Loading />}
      {portfolio.isError && <FormError error={portfolio.error} />}
      {portfolio.data !== undefined && groups.length === 0 && (
        <p>{t('badges.backpack.portfolioEmpty')}</p>
      )}
      {groups.length > 0 && (
        <p className="no-print">
          <button
            type="button"
            className="button primary"
            onClick={() => {
              window.print();
            }}
          >
            {t('badges.backpack.print')}
          </button>
        </p>
      )}
      <div className="portfolio">
        <p className="print-only portfolio-print-title">
          {t('badges.backpack.portfolioPrintTitle')}
        </p>
        {groups.map((group) => (
          <section key={group.family ?? 'other'}>
            <h2>{group.family ?? t('badges.backpack.otherSkills')}</h2>
            <ul className="portfolio-badges">
              {group.badges.map((badge) => (
                <li key={badge.awardId}>
                  {badge.imageUrl !== null && (
                    <img src={badge.imageUrl} alt={badge.imageAlt} width="56" height="56" />
                  )}
                  <div>
                    <strong>{badge.name}</strong>
                    <br />
                    {t('badges.backpack.portfolioIssued', {
                      issuer: badge.issuerName,
                      date: formatDate(badge.acceptedAt, i18n.language),
                    })}
                    {[...badge.jobs, ...badge.skills].length > 0 && (
                      <>
                        <br />
                        {[...badge.jobs, ...badge.skills].join(' ; ')}
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p className="no-print">
        <Link to="/moi/badges">{t('badges.me.back')}</Link>
      </p>
    </Page>
  );
}
