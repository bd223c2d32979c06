import type { CreatedBadgeClaim } from '@territoires/contracts';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDay, formatTime } from '../time/time.js';
import './claims.css';

const claimsKey = (sessionId: string) => ['sessions', sessionId, 'badge-claims'] as const;

/** The code as everyone present sees it: the QR code, big, and the short code to type. */
function ClaimCode({ claim }: { claim: CreatedBadgeClaim }) {
  const { t, i18n } = useTranslation();
  return (
    <figure className="card claim-code">
      <p className="claim-code-badge">{claim.achievementName}</p>
      {/* The SVG is drawn by our server from the claim address alone (qrcode package). */}
      <div
        className="claim-code-qr"
        role="img"
        aria-label={t('badgeClaims.staff.qrLabel', { name: claim.achievementName })}
        dangerouslySetInnerHTML={{ __html: claim.qrSvg }}
      />
      <figcaption>
        <span>{t('badgeClaims.staff.orType')}</span>
        <span className="claim-code-short">{claim.shortCode}</span>
        <span>
          {t('badgeClaims.staff.until', {
            day: formatDay(claim.expiresAt, i18n.language),
            time: formatTime(claim.expiresAt, i18n.language),
          })}
        </span>
      </figcaption>
    </figure>
  );
}

function ShowForm({
  sessionId,
  achievements,
  onShown,
}: {
  sessionId: string;
  achievements: { id: string; name: string }[];
  onShown: (claim: CreatedBadgeClaim) => void;
}) {
  const { t } = useTranslation();
  const [achievementId, setAchievementId] = useState(achievements[0]?.id ?? '');
  const create = useApiMutation('createBadgeClaim', [claimsKey(sessionId)]);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate({ params: { id: sessionId }, body: { achievementId } }, { onSuccess: onShown });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={create.error} />
      <div className="field">
        <label htmlFor="claim-badge">{t('badgeClaims.staff.badge')}</label>
        <select
          id="claim-badge"
          value={achievementId}
          onChange={(event) => {
            setAchievementId(event.target.value);
          }}
        >
          {achievements.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary big" disabled={create.isPending}>
        {t('badgeClaims.staff.show')}
      </button>
    </form>
  );
}

/**
 * /seances/:sessionId/badge: at the end of a session, the animateur shows a claim code for one of
 * the organisation's badges; everyone present scans it. Then: how many claimed, never who.
 */
export function SessionClaimsPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const claims = useApiQuery('sessionBadgeClaims', claimsKey(sessionId), {
    params: { id: sessionId },
  });
  const [shown, setShown] = useState<CreatedBadgeClaim | null>(null);
  if (claims.isPending) return <Loading />;
  if (claims.isError) return <FormError error={claims.error} />;
  const { achievements, can } = claims.data;
  return (
    <Page title={t('badgeClaims.staff.title')}>
      <p>
        <Link to={`/seances/${sessionId}`}>
          <span aria-hidden="true">← </span>
          {t('badgeClaims.staff.back')}
        </Link>
      </p>
      <p>{t('badgeClaims.staff.intro')}</p>
      {shown !== null && <ClaimCode claim={shown} />}
      {can.create ? (
        <ShowForm sessionId={sessionId} achievements={achievements} onShown={setShown} />
      ) : (
        <p className="message">
          {achievements.length === 0
            ? t('badgeClaims.staff.noBadge')
            : t('badgeClaims.staff.closed')}
        </p>
      )}
      <h2>{t('badgeClaims.staff.codes')}</h2>
      {claims.data.claims.length === 0 ? (
        <p>{t('badgeClaims.staff.none')}</p>
      ) : (
        <ul className="list">
          {claims.data.claims.map((claim) => (
            <li key={claim.id}>
              <strong>{claim.achievementName}</strong>
              {' – '}
              <span role="status">
                {t('badgeClaims.staff.count', { count: claim.claimedCount })}
              </span>
              {' – '}
              {claim.live
                ? t('badgeClaims.staff.liveUntil', {
                    day: formatDay(claim.expiresAt, i18n.language),
                    time: formatTime(claim.expiresAt, i18n.language),
                  })
                : t('badgeClaims.staff.expired')}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
