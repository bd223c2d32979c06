import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { BadgeCard } from './BadgeCard.js';
import { badgeKeys } from './keys.js';

/** /moi/badges: my badges; a new one opens on a screen of its own, to answer it. */
export function MyBadgesPage() {
  const { t } = useTranslation();
  const awards = useApiQuery('myBackpack', badgeKeys.backpack);
  const shown = awards.data ?? [];
  return (
    <Page title={t('badges.me.title')}>
      {awards.isPending && <Loading />}
      {awards.isError && <FormError error={awards.error} />}
      {awards.data !== undefined && shown.length === 0 && <p>{t('badges.me.empty')}</p>}
      <ul className="stack">
        {shown.map(({ award, hidden, share }) => (
          <li key={award.id} className={hidden ? 'backpack-hidden' : undefined}>
            <BadgeCard award={award}>
              {hidden && <p>{t('badges.backpack.hidden')}</p>}
              {share !== null && <p>{t('badges.backpack.shared')}</p>}
              {award.status === 'offered' ? (
                <Link to={`/moi/badges/${award.id}`} className="button primary big">
                  {t('badges.me.see')}
                </Link>
              ) : (
                <Link to={`/moi/badges/${award.id}`} className="button secondary">
                  {t('badges.backpack.open', { name: award.achievement.name })}
                </Link>
              )}
            </BadgeCard>
          </li>
        ))}
      </ul>
      {shown.some((e) => e.award.status === 'accepted' && !e.hidden) && (
        <p>
          <a href="/api/me/backpack/badges.zip" download className="button secondary">
            <span aria-hidden="true">⬇ </span>
            {t('badges.backpack.downloadAll')}
          </a>
        </p>
      )}
      {shown.some((e) => e.share !== null) && (
        <p>
          <Link to="/moi/badges/portfolio" className="button secondary">
            {t('badges.backpack.portfolioLink')}
          </Link>
        </p>
      )}
    </Page>
  );
}
