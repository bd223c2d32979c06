import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.js';
import { visibleLinks } from '../layout/nav.js';
import { Page } from '../layout/Page.js';

/** Coordination's home: the programme's desks, each a way in (only those the server allows). */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const links = visibleLinks(session?.user).filter((link) => link.to !== '/programme');
  return (
    <Page title={t('home.programme.title')}>
      <p>{t('home.programme.intro')}</p>
      <ul className="home-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="button secondary big">
              {t(link.label)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
