import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiMutation } from '../api/hooks.js';
import { Page } from '../layout/Page.js';
import { experienceKeys } from './keys.js';
import { EMPTY_PART, MyPartForm } from './MyPartForm.js';
import { BackLink } from './BackLink.js';

/**
 * /moi/reflexions/nouveau: the four questions of a new reflexivity time. Nothing is created before
 * the first save, and only with something written: no empty record piles up.
 */
export function MyNewReflectionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [experienceIds] = useState(() => params.getAll('experience'));
  const start = useApiMutation('startMyReflection', [experienceKeys.myReflections]);
  return (
    <Page title={t('mySpace.reflectionTitle')}>
      <BackLink to="/moi/reflexions" />
      <MyPartForm
        initial={EMPTY_PART}
        saved={false}
        mustWrite
        onSave={async (values) => {
          const created = await start.mutateAsync({ body: { experienceIds, ...values } });
          await navigate(`/moi/reflexions/${created.id}`, {
            replace: true,
            state: { saved: true },
          });
        }}
      />
    </Page>
  );
}
