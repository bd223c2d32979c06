import type { Award } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Shown = Pick<Award['achievement'], 'name' | 'issuerName' | 'imageUrl' | 'imageAlt'>;

/** A badge: its image (with its text), its name, who issues it; what follows is the caller's. */
export function AchievementCard({
  achievement,
  children,
}: {
  achievement: Shown;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <article className="card badge-card">
      {achievement.imageUrl !== null && (
        <img src={achievement.imageUrl} alt={achievement.imageAlt} width="96" height="96" />
      )}
      <h2 className="card-title">{achievement.name}</h2>
      <p>{t('badges.issuer', { name: achievement.issuerName })}</p>
      {children}
    </article>
  );
}

/** One award: the badge, and where it stands. */
export function BadgeCard({ award, children }: { award: Award; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AchievementCard achievement={award.achievement}>
      <p>
        <strong>{t(`badges.awards.status.${award.status}`)}</strong>
      </p>
      {award.status === 'revoked' && award.revocationReason !== null && (
        <p>{t('badges.me.revoked', { reason: award.revocationReason })}</p>
      )}
      {children}
    </AchievementCard>
  );
}
