import type { BackpackEntry } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ObjectivesPicker } from './ObjectivesPicker.js';
import { ShareSection } from './ShareSection.js';
import { BadgeDownloads } from './BadgeDownloads.js';
import './backpack.css';

/** What I do with a badge of mine: take it away (files), share it, hide it, ask for endorsements. */
export function BadgeKeep({ entry }: { entry: BackpackEntry }) {
  const { t } = useTranslation();
  const { award } = entry;
  return (
    <div className="stack">
      {award.status === 'accepted' && <BadgeDownloads award={award} />}
      <ShareSection entry={entry} />
      {award.status === 'accepted' && <ObjectivesPicker awardId={award.id} />}
      {award.status === 'accepted' && (
        <Link className="button secondary" to={`/moi/badges/${award.id}/recommandations`}>
          {t('endorsements.mine.link')}
        </Link>
      )}
    </div>
  );
}
