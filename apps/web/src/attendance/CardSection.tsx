import type { Card } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';

export const cardKey = (participantId: string) => ['participants', participantId, 'card'] as const;

/** The card itself: pseudonym, QR code and the code printed under it. Nothing else about the person. */
export function CardView({ card }: { card: Card }) {
  const { t } = useTranslation();
  if (card.card === null) return null;
  return (
    <figure className="participant-card">
      <p className="participant-card-name">{card.pseudonym}</p>
      {/* The SVG is drawn by our server from the card code alone (qrcode package), not user input. */}
      <div
        className="participant-card-qr"
        role="img"
        aria-label={t('attendance.card.qrLabel', { code: card.card.code })}
        dangerouslySetInnerHTML={{ __html: card.card.qrSvg }}
      />
      <figcaption>
        <span className="participant-card-kind">{t('attendance.card.kind')}</span>
        <span className="participant-card-code">{card.card.code}</span>
      </figcaption>
    </figure>
  );
}

export function CardSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const card = useApiQuery('participantCard', cardKey(participantId), {
    params: { id: participantId },
  });
  const issue = useApiMutation('issueParticipantCard', [cardKey(participantId)]);
  const revoke = useApiMutation('revokeParticipantCard', [cardKey(participantId)]);
  if (card.isPending) return <Loading />;
  if (card.isError) return <FormError error={card.error} />;
  const live = card.data.card !== null;
  return (
    <div className="stack">
      <p>{t('attendance.card.intro')}</p>
      <FormError error={issue.error ?? revoke.error} />
      {live ? (
        <>
          <CardView card={card.data} />
          <p>
            <Link to={`/participants/${participantId}/carte`}>{t('attendance.card.print')}</Link>
          </p>
        </>
      ) : (
        <p>{t('attendance.card.none')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={issue.isPending}
          onClick={() => {
            issue.mutate({ params: { id: participantId } });
          }}
        >
          {live ? t('attendance.card.reissue') : t('attendance.card.issue')}
        </button>
        {live && (
          <button
            type="button"
            className="button secondary"
            disabled={revoke.isPending}
            onClick={() => {
              revoke.mutate({ params: { id: participantId } });
            }}
          >
            {t('attendance.card.revoke')}
          </button>
        )}
      </div>
      {live && <p className="hint">{t('attendance.card.reissueHint')}</p>}
    </div>
  );
}
