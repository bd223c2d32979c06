import { SURVEY_KINDS, type Survey, type SurveyKind } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError, Success } from '../ui/FormError.js';
import { QuestionsEditor } from './QuestionsEditor.js';
import { localText, surveyKeys } from './text.js';

function NewSurvey() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SurveyKind>('satisfaction');
  const [titleFr, setTitleFr] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const create = useApiMutation('createSurvey', [surveyKeys.staff]);
  return (
    <section className="card stack" aria-labelledby="survey-new">
      <h2 id="survey-new">{t('surveys.staff.newSurvey')}</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ body: { kind, titleFr, titleEn } });
        }}
      >
        <FormError error={create.error} />
        <label>
          {t('surveys.staff.surveyKind')}
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as SurveyKind);
            }}
          >
            {SURVEY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`surveys.staff.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('surveys.staff.titleFr')}
          <input
            value={titleFr}
            required
            maxLength={300}
            onChange={(e) => {
              setTitleFr(e.target.value);
            }}
          />
        </label>
        <label>
          {t('surveys.staff.titleEn')}
          <input
            value={titleEn}
            maxLength={300}
            onChange={(e) => {
              setTitleEn(e.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={create.isPending}>
          {t('surveys.staff.create')}
        </button>
      </form>
    </section>
  );
}

function Changes() {
  const { t, i18n } = useTranslation();
  const changes = useApiQuery('listSurveyChanges', surveyKeys.staffChanges);
  const publish = useApiMutation('publishSurveyChange', [surveyKeys.staffChanges]);
  const [textFr, setTextFr] = useState('');
  const [textEn, setTextEn] = useState('');
  return (
    <section className="card stack" aria-labelledby="survey-changes">
      <h2 id="survey-changes">{t('surveys.staff.changes')}</h2>
      <p>{t('surveys.staff.changesIntro')}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          publish.mutate(
            { body: { textFr, textEn } },
            {
              onSuccess: () => {
                setTextFr('');
                setTextEn('');
              },
            },
          );
        }}
      >
        <FormError error={publish.error} />
        {publish.isSuccess && <Success>{t('surveys.staff.published')}</Success>}
        <label>
          {t('surveys.staff.changeFr')}
          <textarea
            value={textFr}
            required
            maxLength={600}
            onChange={(e) => {
              setTextFr(e.target.value);
            }}
          />
        </label>
        <label>
          {t('surveys.staff.changeEn')}
          <textarea
            value={textEn}
            maxLength={600}
            onChange={(e) => {
              setTextEn(e.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={publish.isPending}>
          {t('surveys.staff.publish')}
        </button>
      </form>
      {changes.data?.length === 0 && <p>{t('surveys.staff.none')}</p>}
      <ul>
        {changes.data?.map((c) => (
          <li key={c.id}>
            {formatDate(c.publishedAt, i18n.language)} : {localText(c, i18n.language)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The newest active survey of each kind is the one offered to participants. */
const offeredIds = (surveys: Survey[]) =>
  new Set(SURVEY_KINDS.flatMap((k) => surveys.find((s) => s.kind === k && s.active)?.id ?? []));

/** /questionnaires: coordination writes the surveys and publishes "Vous avez dit, nous avons fait". */
export function SurveysAdminPage() {
  const { t } = useTranslation();
  const surveys = useApiQuery('listSurveys', surveyKeys.staff);
  const offered = offeredIds(surveys.data ?? []);
  return (
    <Page title={t('surveys.staff.title')}>
      <p>{t('surveys.staff.intro')}</p>
      {surveys.isPending && <Loading />}
      {surveys.isError && <FormError error={surveys.error} />}
      <Changes />
      {surveys.data?.map((s) => (
        <QuestionsEditor key={s.id} survey={s} offered={offered.has(s.id)} />
      ))}
      <NewSurvey />
    </Page>
  );
}
