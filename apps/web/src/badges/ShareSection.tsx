import type { BackpackEntry, ShareLink } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import { linkedInUrl } from './BadgeDownloads.js';
import { badgeKeys } from './keys.js';

const REFRESH = [badgeKeys.backpack, badgeKeys.mine];

/** The new link, shown this once: its address to copy, its QR code to show. */
function NewLink({ link, award }: { link: ShareLink; award: BackpackEntry['award'] }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack share-link">
      <label htmlFor={inputId}>{t('badges.backpack.link')}</label>
      <input
        id={inputId}
        readOnly
        value={link.url}
        onFocus={(e) => {
          e.currentTarget.select();
        }}
      />
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          void navigator.clipboard.writeText(link.url).then(() => {
            setCopied(true);
          });
        }}
      >
        {copied ? t('badges.backpack.copied') : t('badges.backpack.copy')}
      </button>
      <figure className="share-qr">
        <div
          role="img"
          aria-label={t('badges.backpack.qrLabel')}
          dangerouslySetInnerHTML={{ __html: link.qrSvg }}
        />
      </figure>
      <p>{t('badges.backpack.onceOnly')}</p>
      <a
        className="button secondary"
        href={linkedInUrl(award, link.url)}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('badges.backpack.linkedIn')}
      </a>
    </div>
  );
}

/** Share my badge (a link an employer opens), stop sharing it, hide it. */
export function ShareSection({ entry }: { entry: BackpackEntry }) {
  const { t, i18n } = useTranslation();
  const [showEvidence, setShowEvidence] = useState(false);
  const evidenceId = useId();
  const share = useApiMutation('shareMyAward', REFRESH);
  const stop = useApiMutation('stopSharingMyAward', REFRESH);
  const visibility = useApiMutation('setMyAwardVisibility', REFRESH);
  const id = entry.award.id;
  const error = share.error ?? stop.error ?? visibility.error;
  const live = entry.share;
  const canShare = entry.award.status === 'accepted' && !entry.hidden;
  return (
    <section className="stack" aria-labelledby={`${evidenceId}-title`}>
      <h3 id={`${evidenceId}-title`}>{t('badges.backpack.shareTitle')}</h3>
      <FormError error={error} />
      {live !== null && share.data === undefined && (
        <p>{t('badges.backpack.sharedSince', { date: formatDate(live.since, i18n.language) })}</p>
      )}
      {live === null && !entry.hidden && <p>{t('badges.backpack.private')}</p>}
      {share.data !== undefined && live !== null && (
        <NewLink link={share.data} award={entry.award} />
      )}
      {canShare && (
        <>
          <label className="checkbox" htmlFor={evidenceId}>
            <input
              id={evidenceId}
              type="checkbox"
              checked={showEvidence}
              onChange={(e) => {
                setShowEvidence(e.currentTarget.checked);
              }}
            />{' '}
            {t('badges.backpack.showEvidence')}
          </label>
          <button
            type="button"
            className="button primary big"
            disabled={share.isPending}
            onClick={() => {
              share.mutate({ params: { id }, body: { showEvidence } });
            }}
          >
            {live === null ? t('badges.backpack.share') : t('badges.backpack.newLink')}
          </button>
        </>
      )}
      {live !== null && (
        <button
          type="button"
          className="button secondary"
          disabled={stop.isPending}
          onClick={() => {
            share.reset();
            stop.mutate({ params: { id } });
          }}
        >
          {t('badges.backpack.stop')}
        </button>
      )}
      <button
        type="button"
        className="button secondary"
        disabled={visibility.isPending}
        onClick={() => {
          share.reset();
          visibility.mutate({ params: { id }, body: { hidden: !entry.hidden } });
        }}
      >
        {entry.hidden ? t('badges.backpack.unhide') : t('badges.backpack.hide')}
      </button>
    </section>
  );
}
