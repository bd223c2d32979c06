import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useApi } from '../api/context.js';
import { useSession, useSetSession } from '../auth/session.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <button
      type="button"
      className="button link"
      lang={next}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}

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
  // Partner staff take attendance from their week; coordination may look at every organisation's.
  const worksAtAPartner =
    session?.user.memberships.some((m) =>
      ['partner_staff', 'org_admin', 'coordination'].includes(m.role),
    ) ?? false;
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
            <NavLink to="/participants">{t('nav.participants')}</NavLink>
            <NavLink to="/alertes">{t('nav.alerts')}</NavLink>
            <NavLink to="/activites">{t('nav.activities')}</NavLink>
            {worksAtAPartner && <NavLink to="/semaine">{t('nav.week')}</NavLink>}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
