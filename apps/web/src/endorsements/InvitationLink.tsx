import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Success } from '../ui/FormError.js';

/** A new invitation link, shown once: to copy, or to hand to the phone's own "share". */
export function InvitationLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack">
      <p id={`${id}-hint`}>{t('endorsements.mine.askHint')}</p>
      <label htmlFor={`${id}-link`}>{t('endorsements.mine.linkLabel')}</label>
      <input id={`${id}-link`} readOnly value={url} aria-describedby={`${id}-hint`} />
      <button
        type="button"
        className="button primary"
        onClick={() => {
          void navigator.clipboard.writeText(url).then(() => {
            setCopied(true);
          });
        }}
      >
        {t('endorsements.mine.copy')}
      </button>
      {typeof navigator.share === 'function' && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            void navigator.share({ url }).catch(() => undefined);
          }}
        >
          {t('endorsements.mine.share')}
        </button>
      )}
      {copied && <Success>{t('endorsements.mine.copied')}</Success>}
    </div>
  );
}
