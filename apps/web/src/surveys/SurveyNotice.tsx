import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Face } from './Pictograms.js';
import { localText, surveyKeys } from './text.js';

/** On the home of /moi: a survey is open to me now (the server decides, from its clock). */
export function SurveyNotice() {
  const { t } = useTranslation();
  const due = useApiQuery('mySurveys', surveyKeys.due);
  if (!due.data || due.data.length === 0) return null;
  return (
    <section className="message survey-notice" aria-labelledby="survey-notice-title">
      <h2 id="survey-notice-title" className="survey-notice-title">
        <Face level={4} />
        {t('surveys.me.noticeTitle')}
      </h2>
      <p>{t('surveys.me.noticeHint', { count: due.data[0]?.questions.length ?? 3 })}</p>
      <Link className="button me-big-button" to="/moi/avis">
        {t('surveys.me.give')}
      </Link>
    </section>
  );
}

/** On the home of /moi: "Vous avez dit, nous avons fait", the newest changes first. */
export function ChangesNotice() {
  const { t, i18n } = useTranslation();
  const changes = useApiQuery('mySurveyChanges', surveyKeys.changes);
  if (!changes.data || changes.data.length === 0) return null;
  return (
    <section className="survey-changes" aria-labelledby="survey-changes-title">
      <h2 id="survey-changes-title">{t('surveys.me.changesTitle')}</h2>
      <ul>
        {changes.data.slice(0, 3).map((change) => (
          <li key={change.id}>{localText(change, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
