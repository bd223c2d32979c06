import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { DeleteMyReflection } from './DeleteReflection.js';
import { experienceKeys, newReflectionPath } from './keys.js';

/**
 * /moi/reflexions: my reflexivity times, each opening the page where I write my part; an empty one
 * (started and left) may be deleted.
 */
export function MyReflectionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const reflections = useApiQuery('listMyReflections', experienceKeys.myReflections);
  return (
    <Page title={t('mySpace.reflectionsTitle')}>
      <p>
        <button
          type="button"
          className="button primary big"
          onClick={() => void navigate(newReflectionPath([]))}
        >
          <span aria-hidden="true">💬 </span>
          {t('mySpace.startReflection')}
        </button>
      </p>
      {reflections.isPending && <Loading />}
      {reflections.isError && <FormError error={reflections.error} />}
      {reflections.data?.length === 0 && <p>{t('mySpace.reflectionsEmpty')}</p>}
      <ul className="stack big-list">
        {reflections.data?.map((r) => (
          <li key={r.id} className="stack">
            <Link to={`/moi/reflexions/${r.id}`} className="button secondary big">
              <span aria-hidden="true">✏️ </span>
              {t('mySpace.openReflection')} – {formatDate(r.heldOn, i18n.language)}
            </Link>
            {r.can.delete && <DeleteMyReflection reflection={r} />}
          </li>
        ))}
      </ul>
    </Page>
  );
}
