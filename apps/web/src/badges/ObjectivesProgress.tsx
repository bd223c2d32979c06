import type { ObjectiveProgress } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';

/** "2 objectives reached out of 10", then each objective: reached or not, and what proves it. */
export function ObjectivesProgress({
  progress,
  titleKey,
}: {
  progress: ObjectiveProgress;
  titleKey: string;
}) {
  const { t } = useTranslation();
  if (progress.total === 0) return null;
  return (
    <section className="message objectives" aria-labelledby="objectives-title">
      <h2 id="objectives-title">
        <span aria-hidden="true">◎ </span>
        {t(titleKey)}
      </h2>
      <p>
        <strong>
          {t('badges.backpack.objectivesCount', {
            count: progress.reached,
            total: progress.total,
          })}
        </strong>
      </p>
      <ul className="objectives-list">
        {progress.objectives.map((objective) => (
          <li key={objective.id} data-reached={objective.reached}>
            <span aria-hidden="true">{objective.reached ? '✔ ' : '○ '}</span>
            {objective.text}{' '}
            <em>
              (
              {objective.reached
                ? t('badges.backpack.objectiveReached')
                : t('badges.backpack.objectiveNotYet')}
              )
            </em>
            {objective.badges.length > 0 && (
              <>
                <br />
                {t('badges.backpack.provedBy', {
                  names: objective.badges.map((b) => b.name).join(', '),
                })}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
