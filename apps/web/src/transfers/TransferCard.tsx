import type { Transfer } from '@territoires/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../time/time.js';

interface Props {
  transfer: Transfer;
  /** On the transfers page the pseudonym opens the file, when the viewer may open it. */
  linkToFile?: boolean;
  children?: ReactNode;
}

/** One transfer: who, from where to where, why, and what became of it. */
export function TransferCard({ transfer, linkToFile = false, children }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const date = (value: string) => formatDate(value, i18n.language);
  const status = t(`codes.transferStatus.${transfer.status}`);
  return (
    <article className="card stack" aria-labelledby={titleId}>
      <p className="card-title" id={titleId}>
        {linkToFile && transfer.participantId !== null ? (
          <Link
            to={`/participants/${transfer.participantId}`}
            aria-label={t('transfers.openFile', { pseudonym: transfer.pseudonym })}
          >
            {transfer.pseudonym}
          </Link>
        ) : (
          transfer.pseudonym
        )}{' '}
        <span className={`badge transfer-${transfer.status}`}>{status}</span>
      </p>
      <p>{t('transfers.route', { from: transfer.from.name, to: transfer.to.name })}</p>
      <dl className="transfer-facts">
        <dt>{t('transfers.territory')}</dt>
        <dd>{t(`codes.territory.${transfer.territory}`)}</dd>
        {transfer.reason !== null && (
          <>
            <dt>{t('transfers.reason')}</dt>
            <dd className="note-body">{transfer.reason}</dd>
          </>
        )}
      </dl>
      <p className="muted">
        {t('transfers.proposedBy', { name: transfer.proposedBy, date: date(transfer.proposedAt) })}
        {transfer.decidedAt !== null && transfer.decidedBy !== null && (
          <>
            <br />
            {t('transfers.decidedBy', {
              status,
              name: transfer.decidedBy,
              date: date(transfer.decidedAt),
            })}
          </>
        )}
      </p>
      {children}
    </article>
  );
}
