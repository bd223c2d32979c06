import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { ExperienceCard } from './ExperienceCard.js';
import { experienceKeys } from './keys.js';

/** Starting a reflexivity time from the phone opens it at once, to write one's part. */
export function useStartReflection() {
  const navigate = useNavigate();
  const start = useApiMutation('startMyReflection', [experienceKeys.myReflections]);
  return {
    start: async (experienceIds: string[]) => {
      const reflection = await start.mutateAsync({ body: { experienceIds } });
      await navigate(`/moi/reflexions/${reflection.id}`);
    },
    error: start.error,
    pending: start.isPending,
  };
}

/** /moi/experiences: what I lived, with my words and photos. */
export function MyExperiencesPage() {
  const { t } = useTranslation();
  const experiences = useApiQuery('listMyExperiences', experienceKeys.myExperiences);
  const reflection = useStartReflection();
  return (
    <Page title={t('mySpace.experiencesTitle')}>
      <p>
        <Link to="/moi/experiences/nouvelle" className="button primary big">
          <span aria-hidden="true">＋ </span>
          {t('mySpace.add')}
        </Link>
      </p>
      <FormError error={reflection.error} />
      {experiences.isPending && <Loading />}
      {experiences.isError && <FormError error={experiences.error} />}
      {experiences.data?.length === 0 && <p>{t('mySpace.experiencesEmpty')}</p>}
      <div className="stack">
        {experiences.data?.map((e) => (
          <ExperienceCard key={e.id} experience={e} audience="participant">
            <button
              type="button"
              className="button secondary big"
              disabled={reflection.pending}
              onClick={() => void reflection.start([e.id]).catch(() => undefined)}
            >
              <span aria-hidden="true">💬 </span>
              {t('mySpace.reflect')}
            </button>
          </ExperienceCard>
        ))}
      </div>
    </Page>
  );
}
