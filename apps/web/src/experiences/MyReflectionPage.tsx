import type { Reflection } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { experienceKeys } from './keys.js';
import { MyPartForm } from './MyPartForm.js';
import { DeleteMyReflection } from './DeleteReflection.js';
import { BackLink } from './BackLink.js';

interface WriteProps {
  reflection: Reflection;
  saved: boolean;
  onSaved: (saved: boolean) => void;
  reload: () => void;
}

function WriteMyPart({ reflection, saved, onSaved, reload }: WriteProps) {
  const write = useApiMutation('writeMyReflection', [
    experienceKeys.myReflection(reflection.id),
    experienceKeys.myReflections,
  ]);
  return (
    <MyPartForm
      initial={{
        did: reflection.did ?? '',
        learned: reflection.learned ?? '',
        felt: reflection.felt ?? '',
        next: reflection.next ?? '',
      }}
      saved={saved}
      onReload={reload}
      onSave={async (values) => {
        onSaved(false);
        await write.mutateAsync({
          params: { id: reflection.id },
          body: { version: reflection.version, ...values },
        });
        onSaved(true);
      }}
    />
  );
}

/** /moi/reflexions/:id: the participant writes (or dictates) their part, four questions. */
export function MyReflectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Just created by its first save (MyNewReflectionPage): say it is saved.
  const location = useLocation() as { state: { saved?: boolean } | null };
  const [saved, setSaved] = useState(location.state?.saved === true);
  const reflection = useApiQuery('getMyReflection', experienceKeys.myReflection(id), {
    params: { id },
  });
  return (
    <Page title={t('mySpace.reflectionTitle')}>
      <BackLink to="/moi/reflexions" />
      {reflection.isPending && <Loading />}
      {reflection.isError && <FormError error={reflection.error} />}
      {reflection.data !== undefined && (
        <>
          {/* The key: after a save the form starts again from the saved text and the new version. */}
          <WriteMyPart
            key={reflection.data.version}
            reflection={reflection.data}
            saved={saved}
            onSaved={setSaved}
            reload={() => void reflection.refetch()}
          />
          {reflection.data.comment !== null && (
            <section className="card" aria-labelledby="referent-part">
              <h2 id="referent-part">{t('mySpace.referentPart')}</h2>
              <p className="experience-words">{reflection.data.comment}</p>
            </section>
          )}
          {reflection.data.can.delete && (
            <DeleteMyReflection reflection={reflection.data} backToList />
          )}
        </>
      )}
    </Page>
  );
}
