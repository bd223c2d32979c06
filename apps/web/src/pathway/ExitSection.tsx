import type { ParticipantDetail } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../time/time.js';
import { ExitForm } from './ExitForm.js';

export function ExitSection({ participant }: { participant: ParticipantDetail }) {
  const { t, i18n } = useTranslation();
  const exits = participant.exits ?? [];
  return (
    <div className="stack">
      {participant.phase === 'exit' && <p>{t('exit.already')}</p>}
      {participant.phase !== 'exit' && participant.can.edit && (
        <ExitForm participant={participant} />
      )}
      <h3>{t('exit.history')}</h3>
      {exits.length === 0 ? (
        <p>{t('exit.none')}</p>
      ) : (
        <ul className="stack">
          {exits.map((exit) => (
            <li key={exit.id} className="card">
              <p>
                <strong>{formatDate(exit.exitOn, i18n.language)}</strong> ·{' '}
                {t(`codes.exitSituation.${exit.situation}`)}
                {exit.contractMonths !== null &&
                  ` (${t('exit.months', { count: exit.contractMonths })})`}
              </p>
              <p>
                <span className="label">{t('exit.category')} : </span>
                {t(`codes.exitCategory.${exit.category}`)}
              </p>
              {exit.comment !== null && <p>{exit.comment}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
