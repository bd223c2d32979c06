import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';

/** On the home of /moi: endorsements of my badges, waiting for me to show them or not. */
export function NewEndorsementsNotice() {
  const { t } = useTranslation();
  const mine = useApiQuery('myEndorsements', ['me', 'endorsements'], {});
  const waiting = mine.data?.filter((e) => e.status === 'pending') ?? [];
  if (waiting.length === 0) return null;
  return (
    <section className="message" aria-labelledby="endorsement-new-title">
      <h2 id="endorsement-new-title">
        <span aria-hidden="true">💬 </span>
        {t('endorsements.mine.newTitle', { count: waiting.length })}
      </h2>
      <ul>
        {waiting.map((e) => (
          <li key={e.id}>
            <Link to={`/moi/badges/${e.target.id}/recommandations`}>
              {t('endorsements.mine.newFrom', { name: e.endorser.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
