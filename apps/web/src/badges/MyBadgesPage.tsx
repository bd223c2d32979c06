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
  const awards = useApiQuery('myAwards', badgeKeys.mine);
  const shown = awards.data?.filter((a) => a.status !== 'declined') ?? [];
  return (
    <Page title={t('badges.me.title')}>
      {awards.isPending && <Loading />}
      {awards.isError && <FormError error={awards.error} />}
      {awards.data !== undefined && shown.length === 0 && <p>{t('badges.me.empty')}</p>}
      <ul className="stack">
        {shown.map((award) => (
          <li key={award.id}>
            <BadgeCard award={award}>
              {award.status === 'offered' && (
                <Link to={`/moi/badges/${award.id}`} className="button primary big">
                  {t('badges.me.see')}
                </Link>
              )}
            </BadgeCard>
          </li>
        ))}
      </ul>
    </Page>
  );
}
