import type { SessionUser } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session.js';
import { Page } from './Page.js';

type Flag = {
  [K in keyof SessionUser['can']]: SessionUser['can'][K] extends boolean ? K : never;
}[keyof SessionUser['can']];

/**
 * A screen for those the server says may use it; anyone else reads at once that it is not for
 * their role (no form filled in vain before a refusal).
 */
export function RequireCapability({
  capability,
  children,
}: {
  capability: Flag;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session?.user.can[capability] === true) return children;
  return (
    <Page title={t('app.notOffered')}>
      <p>{t('app.notOfferedText')}</p>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </Page>
  );
}
