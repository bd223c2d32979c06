import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "← Retour" at the top of a participant's page, to the list it came from. */
export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={to} className="back-link">
        <span aria-hidden="true">← </span>
        {t('mySpace.back')}
      </Link>
    </p>
  );
}
