import type { Award } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One award: its image (with its text), its name, who issues it, where it stands. */
export function BadgeCard({ award, children }: { award: Award; children?: ReactNode }) {
  const { t } = useTranslation();
  const { achievement } = award;
  return (
    <article className="card badge-card">
      {achievement.imageUrl !== null && (
        <img src={achievement.imageUrl} alt={achievement.imageAlt} width="96" height="96" />
      )}
      <h2 className="card-title">{achievement.name}</h2>
      <p>{t('badges.issuer', { name: achievement.issuerName })}</p>
      <p>
        <strong>{t(`badges.awards.status.${award.status}`)}</strong>
      </p>
      {award.status === 'revoked' && award.revocationReason !== null && (
        <p>{t('badges.me.revoked', { reason: award.revocationReason })}</p>
      )}
      {children}
    </article>
  );
}
