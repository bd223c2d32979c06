import type { SurveyResultCell } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';
import { FormError } from '../ui/FormError.js';
import { localText } from './text.js';

/** A mean as a number, or the word for a masked cell (never an empty cell). */
function Mean({ cell }: { cell: SurveyResultCell }) {
  const { t, i18n } = useTranslation();
  if (cell.mean === null) return <>{t('surveys.results.masked')}</>;
  return <>{cell.mean.toLocaleString(i18n.language, { maximumFractionDigits: 2 })}</>;
}

/** One line of a satisfaction table: who, how many people, the mean (or "masqué"). */
function SatisfactionRow({
  label,
  cell,
  masked,
}: {
  label: string;
  cell: SurveyResultCell;
  masked: string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{cell.people ?? masked}</td>
      <td>
        <Mean cell={cell} />
      </td>
    </tr>
  );
}

const change = (from: SurveyResultCell, to: SurveyResultCell, language: string) =>
  from.mean === null || to.mean === null
    ? null
    : (Math.round((to.mean - from.mean) * 100) / 100).toLocaleString(language, {
        signDisplay: 'always',
      });

function Table({
  title,
  id,
  head,
  children,
}: {
  title: string;
  id: string;
  head: string[];
  children: ReactNode;
}) {
  return (
    <div className="indicators-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="indicators-table">
        <caption id={id}>{title}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The dashboard's section on the surveys: aggregates only, masked under 5 people for everyone. */
export function SurveyResultsSection({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const query = { from, to };
  const results = useApiQuery('surveyResults', ['surveys', 'results', query], { query });
  const masked = t('surveys.results.masked');
  const data = results.data;
  const empty = data && data.satisfactionByKind.length === 0 && data.selfAssessment.length === 0;
  const satisfactionHead = [t('surveys.results.people'), t('surveys.results.mean')];
  return (
    <section className="survey-results" aria-labelledby="survey-results-title">
      <h2 id="survey-results-title">{t('surveys.results.title')}</h2>
      <p className="indicators-note">{t('surveys.results.intro')}</p>
      <FormError error={results.error} />
      {empty && <p>{t('surveys.results.empty')}</p>}
      {data && data.satisfactionByKind.length > 0 && (
        <Table
          title={t('surveys.results.byKind')}
          id="survey-by-kind"
          head={[t('surveys.results.kind'), ...satisfactionHead]}
        >
          {data.satisfactionByKind.map((row) => (
            <SatisfactionRow
              key={row.kind}
              label={t(`codes.activityKind.${row.kind}`)}
              cell={row}
              masked={masked}
            />
          ))}
        </Table>
      )}
      {data && data.satisfactionByPartner.length > 0 && (
        <Table
          title={t('surveys.results.byPartner')}
          id="survey-by-partner"
          head={[t('surveys.results.partner'), ...satisfactionHead]}
        >
          {data.satisfactionByPartner.map((row) => (
            <SatisfactionRow key={row.organisationId} label={row.name} cell={row} masked={masked} />
          ))}
        </Table>
      )}
      {data && data.selfAssessment.length > 0 && (
        <Table
          title={t('surveys.results.selfAssessment')}
          id="survey-self"
          head={['question', 'entry', 'midway', 'exit', 'change'].map((k) =>
            t(`surveys.results.${k}`),
          )}
        >
          {data.selfAssessment.map((row) => (
            <tr key={row.questionId}>
              <th scope="row">{localText(row, i18n.language)}</th>
              <td>
                <Mean cell={row.entry} />
              </td>
              <td>
                <Mean cell={row.midway} />
              </td>
              <td>
                <Mean cell={row.exit} />
              </td>
              <td>{change(row.entry, row.exit, i18n.language) ?? masked}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
