import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One h1 per page, mirrored in the document title so each screen is announced by name. */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}
