import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { formatDate } from '../time/time.js';

/** On the home of /moi: a badge of mine ends within a month (the server decides, from its clock). */
export function ExpiryNotice() {
  const { t, i18n } = useTranslation();
  const expiring = useApiQuery('myExpiringAwards', ['me', 'awards', 'expiring']);
  if (!expiring.data || expiring.data.length === 0) return null;
  return (
    <section className="message" aria-labelledby="badge-expiry-title">
      <h2 id="badge-expiry-title">
        <span aria-hidden="true">⏳ </span>
        {t('badgeExpiry.title', { count: expiring.data.length })}
      </h2>
      <ul>
        {expiring.data.map((award) => (
          <li key={award.awardId}>
            <Link to={`/moi/badges/${award.awardId}`}>
              {t('badgeExpiry.item', {
                name: award.name,
                date: formatDate(award.validUntil, i18n.language),
              })}
            </Link>
          </li>
        ))}
      </ul>
      <p>{t('badgeExpiry.hint')}</p>
    </section>
  );
}
