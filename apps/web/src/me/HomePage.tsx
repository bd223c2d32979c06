import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../layout/Page.js';
import { participantDomains } from './participantDomains.js';

/** The space's home: large tiles, one word-picture each, nothing else to read; each domain brings its own. */
export function HomePage() {
  const { t } = useTranslation();
  const tiles = participantDomains()
    .flatMap((domain) => domain.tiles ?? [])
    .sort((a, b) => a.order - b.order);
  return (
    <Page title={t('me.home.title')}>
      <p className="me-lead">{t('me.home.intro')}</p>
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
    </Page>
  );
}
