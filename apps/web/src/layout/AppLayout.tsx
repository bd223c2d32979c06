import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useApi } from '../api/context.js';
import { useSession, useSetSession } from '../auth/session.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { visibleLinks } from './nav.js';

function UserMenu() {
  const { t } = useTranslation();
  const client = useApi();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const logout = async () => {
    try {
      await client.call('logout');
    } finally {
      setSession(null);
      await navigate('/connexion');
    }
  };
  return (
    <button type="button" className="button link" onClick={() => void logout()}>
      {t('nav.logout')}
    </button>
  );
}

/** Header, navigation and main landmark shared by every screen, with a skip link first in tab order. */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const links = visibleLinks(session?.user);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <p className="brand">{t('app.name')}</p>
          <div className="header-tools">
            <LanguageSwitch />
            {session !== null && <UserMenu />}
          </div>
        </div>
        {session !== null && (
          <nav aria-label={t('nav.main')} className="main-nav">
            {links.map((link) => (
              <NavLink key={link.to} to={link.to}>
                {t(link.label)}
              </NavLink>
            ))}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
