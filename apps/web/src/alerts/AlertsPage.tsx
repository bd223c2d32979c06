import { ALERT_KINDS, type Alert } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';

const TEXT_KEY = { contract_ending: 'alerts.contractEnding', inactive: 'alerts.inactive' } as const;

function AlertItem({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card">
      <p className="card-title">
        <Link to={`/participants/${alert.participantId}`}>{alert.pseudonym}</Link>
      </p>
      <p>
        {t(TEXT_KEY[alert.kind], {
          date: formatDate(alert.on, i18n.language),
          days: Math.abs(alert.days),
        })}
      </p>
    </li>
  );
}

export function AlertsPage() {
  const { t } = useTranslation();
  const alerts = useApiQuery('listAlerts', queryKeys.alerts);
  return (
    <Page title={t('alerts.title')}>
      {alerts.isPending && <Loading />}
      {alerts.isError && <FormError error={alerts.error} />}
      {alerts.data?.length === 0 && <p>{t('alerts.empty')}</p>}
      {alerts.data !== undefined &&
        alerts.data.length > 0 &&
        ALERT_KINDS.map((kind) => {
          const items = alerts.data.filter((alert) => alert.kind === kind);
          if (items.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`alerts-${kind}`} className="stack">
              <h2 id={`alerts-${kind}`}>
                <span aria-hidden="true">⚠ </span>
                {t(`codes.alertKind.${kind}`)}
              </h2>
              <ul className="cards">
                {items.map((alert) => (
                  <AlertItem key={`${alert.kind}-${alert.participantId}`} alert={alert} />
                ))}
              </ul>
            </section>
          );
        })}
    </Page>
  );
}
