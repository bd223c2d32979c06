import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { ExperienceCard } from './ExperienceCard.js';
import { experienceKeys, newReflectionPath } from './keys.js';

/** /moi/experiences: what I lived, with my words and photos. */
export function MyExperiencesPage() {
  const { t } = useTranslation();
  const experiences = useApiQuery('listMyExperiences', experienceKeys.myExperiences);
  const navigate = useNavigate();
  return (
    <Page title={t('mySpace.experiencesTitle')}>
      <p>
        <Link to="/moi/experiences/nouvelle" className="button primary big">
          <span aria-hidden="true">＋ </span>
          {t('mySpace.add')}
        </Link>
      </p>
      {experiences.isPending && <Loading />}
      {experiences.isError && <FormError error={experiences.error} />}
      {experiences.data?.length === 0 && <p>{t('mySpace.experiencesEmpty')}</p>}
      <div className="stack">
        {experiences.data?.map((e) => (
          <ExperienceCard key={e.id} experience={e} audience="participant">
            <button
              type="button"
              className="button secondary big"
              onClick={() => void navigate(newReflectionPath([e.id]))}
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
