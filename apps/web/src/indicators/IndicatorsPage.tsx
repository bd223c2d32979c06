import { TERRITORIES, type IndicatorsQuery } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { useToday } from '../time/clock.js';
import { addDays } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import { SurveyResultsSection } from '../surveys/ResultsSection.js';
import { ActivityTables } from './ActivityTables.js';
import { Breakdown } from './Breakdown.js';
import { Definitions } from './Definitions.js';
import { Downloads } from './Downloads.js';
import { Filters, type FilterValues } from './Filters.js';
import { KeyFigures } from './KeyFigures.js';
import { Funnel, ProgressChart } from './Progress.js';
import './indicators.css';

const isTerritory = (value: string): value is (typeof TERRITORIES)[number] =>
  (TERRITORIES as readonly string[]).includes(value);

/** The consortium's dashboard: filters in the address (shareable), the figures, their breakdowns. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const today = useToday()();
  const [params, setParams] = useSearchParams();
  const values: FilterValues = {
    from: params.get('du') ?? addDays(today, -364),
    to: params.get('au') ?? today,
    territory: params.get('territoire') ?? '',
    organisation: params.get('structure') ?? '',
  };
  const query: IndicatorsQuery = {
    from: values.from,
    to: values.to,
    ...(isTerritory(values.territory) ? { territory: values.territory } : {}),
    ...(values.organisation ? { organisation: values.organisation } : {}),
  };
  const report = useApiQuery('getIndicators', ['indicators', query], { query });
  const organisations =
    report.data?.breakdowns
      .find((b) => b.dimension === 'organisation')
      ?.rows.map((row) => ({ id: row.key, name: row.label ?? row.key })) ?? [];
  const apply = (next: FilterValues) => {
    const search: Record<string, string> = { du: next.from, au: next.to };
    if (next.territory) search.territoire = next.territory;
    if (next.organisation) search.structure = next.organisation;
    setParams(search);
  };
  return (
    <Page title={t('indicators.title')}>
      <Filters values={values} organisations={organisations} onApply={apply} />
      {report.isPending && <Loading />}
      {report.isError && <FormError error={report.error} />}
      {report.data && (
        <>
          {report.data.masked && <p className="indicators-note">{t('indicators.maskedNote')}</p>}
          <KeyFigures report={report.data} />
          <ProgressChart report={report.data} />
          <Funnel report={report.data} />
          <Downloads query={query} participants={report.data.can.exportParticipants} />
          <h2>{t('indicators.breakdowns')}</h2>
          {report.data.breakdowns.map((breakdown) => (
            <Breakdown key={breakdown.dimension} breakdown={breakdown} />
          ))}
          <ActivityTables report={report.data} />
          <SurveyResultsSection from={query.from} to={query.to} />
          <Definitions />
        </>
      )}
    </Page>
  );
}
