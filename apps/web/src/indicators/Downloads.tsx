import type { IndicatorsQuery } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';

const href = (path: string, query: IndicatorsQuery, format: 'csv' | 'xlsx') =>
  `${path}?${new URLSearchParams({ ...query, format }).toString()}`;

/** The period's files: the report (CSV, XLSX) and, for evaluators, the participant-level file. */
export function Downloads({
  query,
  participants,
}: {
  query: IndicatorsQuery;
  participants: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="indicators-downloads" className="no-print">
      <h2 id="indicators-downloads">{t('indicators.downloads.title')}</h2>
      <ul className="button-row indicators-downloads">
        <li>
          <a
            className="button secondary"
            href={href('/api/indicators/export', query, 'xlsx')}
            download
          >
            {t('indicators.downloads.xlsx')}
          </a>
        </li>
        <li>
          <a
            className="button secondary"
            href={href('/api/indicators/export', query, 'csv')}
            download
          >
            {t('indicators.downloads.csv')}
          </a>
        </li>
        {participants && (
          <li>
            <a
              className="button secondary"
              href={href('/api/indicators/participants', query, 'xlsx')}
              download
            >
              {t('indicators.downloads.participants')}
            </a>
          </li>
        )}
      </ul>
      {participants && <p>{t('indicators.downloads.participantsNote')}</p>}
    </section>
  );
}
