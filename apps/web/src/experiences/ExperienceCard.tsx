import type { Experience } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../time/time.js';
import { fileUrl, type Audience } from './keys.js';

/** One experience: what, when, where, the person's words and the evidence (photos inline, PDFs as links). */
export function ExperienceCard({
  experience: e,
  audience,
  children,
}: {
  experience: Experience;
  audience: Audience;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card experience-card" aria-labelledby={`experience-${e.id}`}>
      <h3 id={`experience-${e.id}`} className="card-title">
        {e.title}
      </h3>
      <p className="muted">
        <time dateTime={e.occurredOn}>{formatDate(e.occurredOn, i18n.language)}</time>
        {' · '}
        {t(`experiences.kinds.${e.kind}`)}
        {e.organisationName !== null && ` · ${t('experiences.at', { name: e.organisationName })}`}
      </p>
      {e.words !== null && <p className="experience-words">{e.words}</p>}
      {e.files.length > 0 && (
        <ul className="evidence-list" aria-label={t('experiences.files')}>
          {e.files.map((file) => (
            <li key={file.id}>
              <a href={fileUrl(file, audience)} target="_blank" rel="noreferrer">
                {file.kind === 'image' ? (
                  <img
                    src={fileUrl(file, audience)}
                    alt={t('experiences.openFile', { name: file.name })}
                    width={file.width ?? undefined}
                    height={file.height ?? undefined}
                    loading="lazy"
                  />
                ) : (
                  <span>
                    <span aria-hidden="true">📄 </span>
                    {file.name}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      {audience === 'staff' && (
        <p className="muted">
          {e.createdBy.displayName === null
            ? t('experiences.byParticipant')
            : t('experiences.by', { name: e.createdBy.displayName })}
        </p>
      )}
      {children}
    </article>
  );
}
