import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../layout/Page.js';
import { ActivityIcon, AgendaIcon, ExperienceIcon, ReflectionIcon } from './icons.js';

interface Tile {
  to: string;
  label: string;
  hint: string;
  icon: ReactNode;
}

/** The space's home: four large tiles, one word-picture each, nothing else to read. */
export function HomePage() {
  const { t } = useTranslation();
  const tiles: Tile[] = [
    {
      to: '/moi/agenda',
      label: t('me.home.agenda'),
      hint: t('me.home.agendaHint'),
      icon: <AgendaIcon />,
    },
    {
      to: '/moi/activites',
      label: t('me.home.activities'),
      hint: t('me.home.activitiesHint'),
      icon: <ActivityIcon />,
    },
    {
      to: '/moi/experiences',
      label: t('me.home.experiences'),
      hint: t('me.home.experiencesHint'),
      icon: <ExperienceIcon />,
    },
    {
      to: '/moi/reflexions',
      label: t('me.home.reflections'),
      hint: t('me.home.reflectionsHint'),
      icon: <ReflectionIcon />,
    },
  ];
  return (
    <Page title={t('me.home.title')}>
      <p className="me-lead">{t('me.home.intro')}</p>
      <ul className="me-tiles">
        {tiles.map((tile) => (
          <li key={tile.to}>
            <Link to={tile.to} className="me-tile">
              {tile.icon}
              <span className="me-tile-label">{tile.label}</span>
              <span className="me-tile-hint">{tile.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
