import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { experienceKeys } from './keys.js';
import { useStartReflection } from './MyExperiencesPage.js';

/** /moi/reflexions: my reflexivity times, each opening the page where I write my part. */
export function MyReflectionsPage() {
  const { t, i18n } = useTranslation();
  const reflections = useApiQuery('listMyReflections', experienceKeys.myReflections);
  const start = useStartReflection();
  return (
    <Page title={t('mySpace.reflectionsTitle')}>
      <p>
        <button
          type="button"
          className="button primary big"
          disabled={start.pending}
          onClick={() => void start.start([]).catch(() => undefined)}
        >
          <span aria-hidden="true">💬 </span>
          {t('mySpace.startReflection')}
        </button>
      </p>
      <FormError error={start.error} />
      {reflections.isPending && <Loading />}
      {reflections.isError && <FormError error={reflections.error} />}
      {reflections.data?.length === 0 && <p>{t('mySpace.reflectionsEmpty')}</p>}
      <ul className="stack big-list">
        {reflections.data?.map((r) => (
          <li key={r.id}>
            <Link to={`/moi/reflexions/${r.id}`} className="button secondary big">
              <span aria-hidden="true">✏️ </span>
              {t('mySpace.openReflection')} – {formatDate(r.heldOn, i18n.language)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
