import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Page } from '../layout/Page.js';
import { participantDomains } from './participantDomains.js';

/** Who follows me: a first name and a way to write to them, so the person knows whom to ask. */
function MyReferent() {
  const { t } = useTranslation();
  const result = useApiQuery('myReferent', ['me', 'referent']);
  const referent = result.data?.referent;
  if (!referent) return null;
  return (
    <section className="me-referent" aria-labelledby="me-referent-title">
      <h2 id="me-referent-title">
        <span aria-hidden="true">🤝 </span>
        {t('me.home.referent', { name: referent.firstName })}
      </h2>
      <p>
        <a className="button secondary" href={`mailto:${referent.email}`}>
          <span aria-hidden="true">✉ </span>
          {t('me.home.write', { name: referent.firstName })}
        </a>
      </p>
    </section>
  );
}

/** The space's home: large tiles, one word-picture each, nothing else to read; each domain brings its own. */
export function HomePage() {
  const { t } = useTranslation();
  const tiles = participantDomains()
    .flatMap((domain) => domain.tiles ?? [])
    .sort((a, b) => a.order - b.order);
  const notices = participantDomains().flatMap((domain) => domain.homeNotices ?? []);
  return (
    <Page title={t('me.home.title')}>
      <p className="me-lead">{t('me.home.intro')}</p>
      {notices.map((Notice, index) => (
        <Notice key={index} />
      ))}
      <ul className="me-tiles">
        {tiles.map((tile) => (
          <li key={tile.to}>
            <Link to={tile.to} className="me-tile">
              <tile.icon />
              <span className="me-tile-label">{t(tile.label)}</span>
              <span className="me-tile-hint">{t(tile.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <MyReferent />
    </Page>
  );
}
