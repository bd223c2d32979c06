import { EXIT_CATEGORIES, type IndicatorsResponse } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { days, shown } from './labels.js';

/** A figure's name, linking to its definition below (printed too). */
function Term({ anchor, label }: { anchor: string; label: string }) {
  return <a href={`#definition-${anchor}`}>{label}</a>;
}

/** One target: how far the programme is, as a bar and as words. */
function Target({ label, value, target }: { label: string; value: number | null; target: number }) {
  const { t } = useTranslation();
  const percent = value === null ? 0 : Math.min(100, Math.round((value / target) * 100));
  return (
    <div className="indicators-target">
      <p>
        {label} : <strong>{shown(t, value)}</strong> / {target}
        {value !== null && ` (${String(percent)} %)`}
      </p>
      <div className="indicators-bar" aria-hidden="true">
        <span style={{ width: `${String(percent)}%` }} />
      </div>
    </div>
  );
}

/** The programme's progress and the period's figures, each with its definition a click away. */
export function KeyFigures({ report }: { report: IndicatorsResponse }) {
  const { t } = useTranslation();
  const f = report.figures;
  const rows: [string, string, string][] = [
    ['entries', t('indicators.figure.entries'), shown(t, f.entries)],
    ['entries', t('indicators.figure.reentries'), shown(t, f.reentries)],
    ['discovery', t('indicators.figure.created'), shown(t, f.discovery.created)],
    ['discovery', t('indicators.figure.signedBy'), shown(t, f.discovery.signedBy)],
    ['dynamic-exits', t('indicators.figure.dynamicExits'), shown(t, f.dynamicExits)],
    ['dynamic-exits', t('indicators.figure.civicExits'), shown(t, f.civicExits)],
    ...EXIT_CATEGORIES.map((c): [string, string, string] => [
      'exits',
      t(`codes.exitCategory.${c}`),
      shown(t, f.exits[c]),
    ]),
    [
      'compliance',
      t('indicators.figure.exitsAfterContract'),
      shown(t, f.compliance.exitsAfterContract),
    ],
    ['compliance', t('indicators.figure.within15'), shown(t, f.compliance.withinFifteenMonths)],
    [
      'active-past-15-months',
      t('indicators.figure.past15'),
      shown(t, f.compliance.activePastFifteenMonths),
    ],
    [
      'durations',
      t('indicators.figure.contactToContract'),
      days(t, f.durations.contactToContractDays),
    ],
    ['durations', t('indicators.figure.contractToExit'), days(t, f.durations.contractToExitDays)],
  ];
  return (
    <>
      <section aria-labelledby="indicators-progress">
        <h2 id="indicators-progress">
          {t('indicators.progress', { start: report.programme.start, end: report.programme.end })}
        </h2>
        <Target
          label={t('indicators.figure.engaged')}
          value={report.programme.engaged}
          target={report.programme.engagedTarget}
        />
        <Target
          label={t('indicators.figure.dynamicExits')}
          value={report.programme.dynamicExits}
          target={report.programme.dynamicExitsTarget}
        />
      </section>
      <section aria-labelledby="indicators-period">
        <h2 id="indicators-period">{t('indicators.period')}</h2>
        <table className="indicators-table">
          <caption>{t('indicators.periodCaption', { from: report.from, to: report.to })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.figureColumn')}</th>
              <th scope="col">{t('indicators.valueColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([anchor, label, value]) => (
              <tr key={label}>
                <th scope="row">
                  <Term anchor={anchor} label={label} />
                </th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
