import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useMatches } from 'react-router';
import { LanguageSwitch } from '../layout/LanguageSwitch.js';
import { Loading } from '../layout/Page.js';
import { ActivityIcon, AgendaIcon, ExperienceIcon, HomeIcon, SignOutIcon } from './icons.js';
import { useForgetParticipantOnUnauthenticated, useParticipantSession } from './session.js';

/** Routes open without a participant session say so in their handle (the sign-in page). */
export interface ParticipantRouteHandle {
  public?: boolean;
}

const isPublic = (handle: unknown): boolean =>
  typeof handle === 'object' &&
  handle !== null &&
  (handle as ParticipantRouteHandle).public === true;

function ParticipantNav() {
  const { t } = useTranslation();
  const items = [
    { to: '/moi', end: true, label: t('me.nav.home'), icon: <HomeIcon /> },
    { to: '/moi/agenda', end: false, label: t('me.nav.agenda'), icon: <AgendaIcon /> },
    { to: '/moi/activites', end: false, label: t('me.nav.activities'), icon: <ActivityIcon /> },
    {
      to: '/moi/experiences',
      end: false,
      label: t('me.nav.experiences'),
      icon: <ExperienceIcon />,
    },
  ];
  return (
    <nav aria-label={t('me.nav.label')} className="me-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {item.icon}
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The participant space's frame: a greeting, the language, a way out, four large destinations.
 * Every screen under /moi needs the participant's session, except those marked public; a missing
 * or ended session leads to the participant sign-in page, never to the staff one.
 */
export function ParticipantLayout() {
  const { t } = useTranslation();
  const { session, loading } = useParticipantSession();
  useForgetParticipantOnUnauthenticated();
  const location = useLocation();
  const publicPage = useMatches().some((match) => isPublic(match.handle));

  if (loading) return <Loading />;
  if (session === null && !publicPage)
    return (
      <Navigate
        to="/moi/connexion"
        replace
        state={{ from: location.pathname + location.search + location.hash }}
      />
    );

  return (
    <div className="me-space">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="me-header">
        <div className="me-header-row">
          <p className="me-hello">
            {session === null ? t('me.title') : t('me.hello', { name: session.pseudonym })}
          </p>
          <div className="me-header-tools">
            <LanguageSwitch />
            {session !== null && (
              <Link to="/moi/deconnexion" className="me-signout">
                <SignOutIcon />
                <span>{t('me.signOut.link')}</span>
              </Link>
            )}
          </div>
        </div>
        {session !== null && !publicPage && <ParticipantNav />}
      </header>
      <main id="main" tabIndex={-1} className="me-main">
        <Outlet />
      </main>
    </div>
  );
}
