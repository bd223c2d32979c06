import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { EndorseAsMember } from '../endorsements/EndorseAsMember.js';
import { InviteToEndorse } from '../endorsements/InviteToEndorse.js';
import { DesignForm } from './DesignForm.js';
import { AlignmentsEditor } from './AlignmentsEditor.js';
import { alignmentKey, alignmentLabel } from './AlignmentsField.js';
import { ImageDesigner } from './ImageDesigner.js';
import { badgeKeys, typeLabel } from './keys.js';
import './badges.css';

/** /badges: the organisation's badges, and the designer for a new one. */
export function AchievementsPage() {
  const { t } = useTranslation();
  const achievements = useApiQuery('listAchievements', badgeKeys.achievements);
  const issuers = useApiQuery('listIssuers', badgeKeys.issuers);
  return (
    <Page title={t('badges.title')}>
      <p>{t('badges.intro')}</p>
      {achievements.isPending && <Loading />}
      <FormError error={achievements.error ?? issuers.error} />
      {achievements.data?.length === 0 && <p>{t('badges.empty')}</p>}
      <ul className="cards">
        {achievements.data?.map((badge) => (
          <li key={badge.id} className="card badge-card">
            {badge.imageUrl === null ? (
              <p className="hint">{t('badges.noImage')}</p>
            ) : (
              <img src={badge.imageUrl} alt={badge.imageAlt} width="96" height="96" />
            )}
            <h2 className="card-title">{badge.name}</h2>
            <p>{t('badges.issuer', { name: badge.issuerName })}</p>
            <p>
              {t(typeLabel(badge.achievementType))} –{' '}
              {badge.validityMonths === null
                ? t('badges.noValidity')
                : t('badges.validity', { count: badge.validityMonths })}
            </p>
            <p>{badge.description}</p>
            {badge.alignments.length > 0 && (
              <ul
                className="alignment-list"
                aria-label={t('badges.align.of', { name: badge.name })}
              >
                {badge.alignments.map((a) => (
                  <li key={alignmentKey(a)}>{alignmentLabel(t, a)}</li>
                ))}
              </ul>
            )}
            {badge.can.edit && <ImageDesigner achievement={badge} />}
            {badge.can.edit && <AlignmentsEditor achievement={badge} />}
            {badge.can.edit && <InviteToEndorse target={{ kind: 'achievement', id: badge.id }} />}
          </li>
        ))}
      </ul>
      {issuers.data !== undefined && issuers.data.length > 0 && (
        <DesignForm issuers={issuers.data} />
      )}
      <EndorseAsMember />
    </Page>
  );
}
