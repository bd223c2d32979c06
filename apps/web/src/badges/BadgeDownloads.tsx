import type { Award } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';

const FORMATS = ['png', 'svg', 'json', 'jwt'] as const;

/** My signed badge as files: plain links, the server names each file (attachment). */
export function BadgeDownloads({ award }: { award: Award }) {
  const { t } = useTranslation();
  return (
    <section className="stack">
      <h3>{t('badges.backpack.downloadTitle')}</h3>
      <ul className="stack backpack-files">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`/api/me/awards/${award.id}/files/${format}`} download>
              <span aria-hidden="true">⬇ </span>
              {t(`badges.backpack.download.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** LinkedIn's "add a certification" form, filled in: the badge, its issuer, the share link. */
export function linkedInUrl(award: Award, shareUrl: string): string {
  const query = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: award.achievement.name,
    organizationName: award.achievement.issuerName,
    certUrl: shareUrl,
  });
  if (award.acceptedAt !== null) {
    query.set('issueYear', award.acceptedAt.slice(0, 4));
    query.set('issueMonth', String(Number(award.acceptedAt.slice(5, 7))));
  }
  return `https://www.linkedin.com/profile/add?${query.toString()}`;
}
