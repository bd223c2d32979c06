import { REFLECTION_FIELDS, type Experience, type Reflection } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../time/time.js';

/** A reflexivity time: the participant's four answers (with who wrote each), then the référent's part. */
export function ReflectionCard({
  reflection: r,
  experiences,
  children,
}: {
  reflection: Reflection;
  experiences: readonly Experience[];
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const about = experiences.filter((e) => r.experienceIds.includes(e.id));
  return (
    <article className="card reflection-card" aria-labelledby={`reflection-${r.id}`}>
      <h3 id={`reflection-${r.id}`} className="card-title">
        {t('reflections.heldOnValue', { date: formatDate(r.heldOn, i18n.language) })}
      </h3>
      {about.length > 0 && (
        <p className="muted">
          {t('reflections.about')} : {about.map((e) => e.title).join(', ')}
        </p>
      )}
      <dl className="reflection-part">
        {REFLECTION_FIELDS.map((field) => {
          const author = r.authors[field];
          return (
            <div key={field}>
              <dt>{t(`reflections.${field}`)}</dt>
              <dd>
                {r[field] ?? '—'}
                {author !== null && (
                  <span className="muted author">
                    {' '}
                    (
                    {author.displayName === null
                      ? t('reflections.writtenByParticipant')
                      : t('reflections.writtenBy', { name: author.displayName })}
                    )
                  </span>
                )}
              </dd>
            </div>
          );
        })}
        {r.comment !== null && (
          <div>
            <dt>{t('reflections.comment')}</dt>
            <dd>{r.comment}</dd>
          </div>
        )}
        {r.objectives.length > 0 && (
          <div>
            <dt>{t('reflections.objectives')}</dt>
            <dd>
              <ul>
                {r.objectives.map((o) => (
                  <li key={o.id}>{o.text}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {r.badge !== null && (
        <p className="badge badge-proposed">
          <span aria-hidden="true">🏅 </span>
          {t(
            r.badge.status === 'awarded' ? 'reflections.badgeAwarded' : 'reflections.badgeProposed',
            {
              title: r.badge.title,
            },
          )}
        </p>
      )}
      {children}
    </article>
  );
}
