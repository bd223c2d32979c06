import type { BadgeClaimPreview, GuestClaim } from '@territoires/contracts';
import { normaliseClaimCode } from '@territoires/contracts';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { useParticipantSession } from '../me/session.js';
import { FormError, Success } from '../ui/FormError.js';
import { saveFile } from '../ui/saveFile.js';
import { AchievementCard } from './BadgeCard.js';
import { badgeKeys } from './keys.js';
import './badges.css';

/** Saves the signed credential on the phone or computer, as the JSON file it is. */
const download = (claim: GuestClaim): void => {
  saveFile(JSON.stringify(claim.credential, null, 2), 'application/json', claim.fileName);
};

function TypeCode({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (typed.trim() !== '') onCode(normaliseClaimCode(typed));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="claim-code">{t('badgeClaims.claim.code')}</label>
        <input
          id="claim-code"
          value={typed}
          autoComplete="off"
          autoCapitalize="characters"
          onChange={(event) => {
            setTyped(event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button primary big">
        {t('badgeClaims.claim.next')}
      </button>
    </form>
  );
}

/** Someone without an account here: the name on the badge, then the file, at once. */
function GuestForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const claim = useApiMutation('claimBadgeAsGuest');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    claim.mutate({ params: { token: code }, body: { name: name.trim() } }, { onSuccess: download });
  };
  if (claim.data !== undefined) {
    const done = claim.data;
    return (
      <div className="stack">
        <Success>{t('badgeClaims.claim.downloaded')}</Success>
        <p>{t('badgeClaims.claim.keep')}</p>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            download(done);
          }}
        >
          {t('badgeClaims.claim.again')}
        </button>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={claim.error} />
      <div className="field">
        <label htmlFor="claim-name">{t('badgeClaims.claim.name')}</label>
        <input
          id="claim-name"
          value={name}
          autoComplete="name"
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button primary big" disabled={claim.isPending}>
        {t('badgeClaims.claim.download')}
      </button>
      <p className="hint">
        {t('badgeClaims.claim.participantHint')}{' '}
        <Link to="/moi/connexion">{t('badgeClaims.claim.signIn')}</Link>
      </p>
    </form>
  );
}

/** A participant signed in to their space: into the backpack, offered; they accept it there. */
function IntoBackpack({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const claim = useApiMutation('claimMyBadge', [badgeKeys.mine]);
  return (
    <div className="stack">
      <FormError error={claim.error} />
      <button
        type="button"
        className="button primary big"
        disabled={claim.isPending}
        onClick={() => {
          claim.mutate(
            { params: { token: code } },
            {
              onSuccess: (award) => {
                void navigate(`/moi/badges/${award.id}`);
              },
            },
          );
        }}
      >
        {t('badgeClaims.claim.backpack')}
      </button>
    </div>
  );
}

function Preview({ preview }: { preview: BadgeClaimPreview }) {
  const { achievement } = preview;
  return (
    <AchievementCard achievement={achievement}>
      <p>{achievement.description}</p>
    </AchievementCard>
  );
}

function Claim({ code, onRetype }: { code: string; onRetype: () => void }) {
  const { t } = useTranslation();
  const { session } = useParticipantSession();
  const preview = useApiQuery(
    'previewBadgeClaim',
    ['badge-claims', code],
    { params: { token: code } },
    { retry: false },
  );
  if (preview.isPending) return <Loading />;
  if (preview.isError)
    return (
      <div className="stack">
        <FormError error={preview.error} />
        <button type="button" className="button secondary" onClick={onRetype}>
          {t('badgeClaims.claim.retype')}
        </button>
      </div>
    );
  return (
    <>
      <Preview preview={preview.data} />
      {session === null ? <GuestForm code={code} /> : <IntoBackpack code={code} />}
    </>
  );
}

/**
 * /moi/recevoir: what the claim QR code opens (the code after #, so that no server log keeps it), or
 * where the short code is typed. Open to everyone present at the session, with an account or not.
 */
export function ClaimPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [code, setCode] = useState(() => normaliseClaimCode(decodeURIComponent(hash.slice(1))));
  return (
    <Page title={t('badgeClaims.claim.title')}>
      {code === '' ? (
        <TypeCode onCode={setCode} />
      ) : (
        <Claim
          code={code}
          onRetype={() => {
            setCode('');
          }}
        />
      )}
    </Page>
  );
}
