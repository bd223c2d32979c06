import type { ParticipantDetail, SignInCode } from '@territoires/contracts';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { useNow } from '../time/clock.js';
import { formatRemaining } from '../time/time.js';

/**
 * The QR code is SVG made by our server from our own URL; shown as an image, it cannot run script
 * or touch the page, which inserting its markup would allow.
 */
const qrSource = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function IssuedCode({ issued, pseudonym }: { issued: SignInCode; pseudonym: string }) {
  const { t } = useTranslation();
  const expiresAt = Date.parse(issued.expiresAt);
  const now = useNow(true);
  const remaining = expiresAt - now;
  const alt = t('participantSpace.qrAlt', { name: pseudonym });
  if (remaining <= 0)
    return (
      <p className="message message-error" role="alert">
        {t('participantSpace.expired')}
      </p>
    );
  return (
    <div className="space-code card">
      <p className="space-code-label">{t('participantSpace.code')}</p>
      <p className="space-code-value" data-testid="sign-in-code">
        {issued.code}
      </p>
      <p role="timer" className="space-code-timer">
        {t('participantSpace.remaining', { time: formatRemaining(remaining) })}
      </p>
      <img className="space-qr" src={qrSource(issued.qrSvg)} alt={alt} width={200} height={200} />
      <DialogTrigger>
        <Button className="button secondary">{t('participantSpace.fullscreen')}</Button>
        <ModalOverlay isDismissable className="space-overlay">
          <Modal className="space-modal">
            <Dialog className="space-dialog">
              {({ close }) => (
                <>
                  <Heading slot="title">{t('participantSpace.fullscreenTitle')}</Heading>
                  <img className="space-qr-large" src={qrSource(issued.qrSvg)} alt={alt} />
                  <p className="space-code-value">{issued.code}</p>
                  <Button className="button primary" onPress={close}>
                    {t('participantSpace.closeFullscreen')}
                  </Button>
                </>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </div>
  );
}

function SignOutEverywhere({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const signOut = useApiMutation('signOutParticipantEverywhere', [
    queryKeys.timeline(participantId),
  ]);
  if (signOut.isSuccess) return <Success>{t('participantSpace.signedOut')}</Success>;
  if (!confirming)
    return (
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('participantSpace.signOutEverywhere')}
      </button>
    );
  return (
    <div className="card stack">
      <p>{t('participantSpace.signOutExplain')}</p>
      <FormError error={signOut.error} />
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={signOut.isPending}
          onClick={() => {
            signOut.mutate({ params: { id: participantId } });
          }}
        >
          {t('participantSpace.signOutConfirm')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setConfirming(false);
          }}
        >
          {t('participantSpace.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Staff hand the participant a way into their space, and can close it (a lost phone). */
export function ParticipantSpaceSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const issue = useApiMutation('issueSignInCode', [queryKeys.timeline(participant.id)]);
  return (
    <div className="stack">
      <p>{t('participantSpace.intro')}</p>
      <FormError error={issue.error} />
      <button
        type="button"
        className="button primary"
        disabled={issue.isPending}
        onClick={() => {
          issue.mutate({ params: { id: participant.id } });
        }}
      >
        {issue.data === undefined ? t('participantSpace.issue') : t('participantSpace.issueAgain')}
      </button>
      {issue.data !== undefined && (
        <IssuedCode key={issue.data.code} issued={issue.data} pseudonym={participant.pseudonym} />
      )}
      <SignOutEverywhere participantId={participant.id} />
    </div>
  );
}
