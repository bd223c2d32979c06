import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { badgeKeys } from './keys.js';

/** On the home of /moi: badges offered to me, waiting for my yes or no. */
export function NewBadgesNotice() {
  const { t } = useTranslation();
  const backpack = useApiQuery('myBackpack', badgeKeys.backpack);
  const offered = backpack.data?.filter((e) => e.award.status === 'offered') ?? [];
  if (offered.length === 0) return null;
  return (
    <section className="message" aria-labelledby="badge-new-title">
      <h2 id="badge-new-title">
        <span aria-hidden="true">★ </span>
        {t('badges.backpack.newTitle', { count: offered.length })}
      </h2>
      <ul>
        {offered.map(({ award }) => (
          <li key={award.id}>
            <Link to={`/moi/badges/${award.id}`}>{award.achievement.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
