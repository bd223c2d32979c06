import type { ParticipantList, ParticipantSummary } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMediaQuery } from '../ui/useMediaQuery.js';
import { AlertBadges, PhaseBadge } from './badges.js';

function Referent({ participant }: { participant: ParticipantSummary }) {
  const { t } = useTranslation();
  return participant.referent === null ? (
    <span className="muted">{t('participants.noReferent')}</span>
  ) : (
    <>{participant.referent.displayName}</>
  );
}

function Cards({ items }: { items: ParticipantSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="cards">
      {items.map((participant) => (
        <li key={participant.id} className="card participant-card">
          <h2 className="card-title">
            <Link to={`/participants/${participant.id}`}>{participant.pseudonym}</Link>
          </h2>
          <PhaseBadge phase={participant.phase} />
          <p>
            <span className="label">{t('participants.referent')} : </span>
            <Referent participant={participant} />
          </p>
          {participant.alerts.length > 0 && <AlertBadges alerts={participant.alerts} />}
        </li>
      ))}
    </ul>
  );
}

function Table({ items }: { items: ParticipantSummary[] }) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('participants.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('participants.pseudonym')}</th>
          <th scope="col">{t('participants.phase')}</th>
          <th scope="col">{t('participants.referent')}</th>
          <th scope="col">{t('participants.alerts')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((participant) => (
          <tr key={participant.id}>
            <th scope="row">
              <Link to={`/participants/${participant.id}`}>{participant.pseudonym}</Link>
            </th>
            <td>
              <PhaseBadge phase={participant.phase} />
            </td>
            <td>
              <Referent participant={participant} />
            </td>
            <td>
              <AlertBadges alerts={participant.alerts} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Cards on a phone, a table from 48rem: the same data, one rendering at a time. */
export function ParticipantResults({
  list,
  onPage,
}: {
  list: ParticipantList;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48rem)');
  // Beyond COUNT_CAP the server stops counting: the number of pages is then unknown.
  const pages = list.totalCapped ? null : Math.max(1, Math.ceil(list.total / list.pageSize));
  const hasNext = pages === null ? list.items.length === list.pageSize : list.page < pages;
  return (
    <section aria-labelledby="results-count">
      <p id="results-count" className="count" role="status">
        {list.totalCapped
          ? t('participants.countCapped', { count: list.total })
          : t('participants.count', { count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p>{t('participants.empty')}</p>
      ) : wide ? (
        <Table items={list.items} />
      ) : (
        <Cards items={list.items} />
      )}
      {(pages === null || pages > 1) && (
        <nav aria-label={t('participants.pagination')} className="pagination">
          <button
            type="button"
            className="button secondary"
            disabled={list.page <= 1}
            onClick={() => {
              onPage(list.page - 1);
            }}
          >
            {t('participants.previous')}
          </button>
          <span>
            {pages === null
              ? t('participants.pageOpen', { page: list.page })
              : t('participants.page', { page: list.page, pages })}
          </span>
          <button
            type="button"
            className="button secondary"
            disabled={!hasNext}
            onClick={() => {
              onPage(list.page + 1);
            }}
          >
            {t('participants.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
