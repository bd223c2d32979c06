import type { DueSurvey } from '@territoires/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { FocusHeading, QuestionStep, ReadAloud } from './QuestionStep.js';
import { localText, surveyKeys } from './text.js';
import './surveys.css';

type Step = { at: 'consent' } | { at: 'question'; index: number } | { at: 'done' };

/** Consent first: the answers only ever count in anonymous totals; "Non merci" ends it. */
function ConsentStep({
  onYes,
  onNo,
  pending,
}: {
  onYes: () => void;
  onNo: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const text = `${t('surveys.me.consentTitle')} ${t('surveys.me.consentText')}`;
  return (
    <div className="survey-step">
      <FocusHeading id="survey-consent">{t('surveys.me.consentTitle')}</FocusHeading>
      <p>{t('surveys.me.consentText')}</p>
      <ReadAloud text={text} />
      <div className="me-actions">
        <button type="button" className="me-big-button" onClick={onYes}>
          {t('surveys.me.yes')}
        </button>
        <button type="button" className="secondary me-big-button" onClick={onNo} disabled={pending}>
          {t('surveys.me.no')}
        </button>
      </div>
    </div>
  );
}

function Flow({ survey }: { survey: DueSurvey }) {
  const { t, i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ at: 'consent' });
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const answer = useApiMutation('answerMySurvey', [surveyKeys.due]);
  const send = (consent: boolean, given: Record<string, number>) => {
    answer.mutate(
      {
        params: { id: survey.surveyId },
        body: {
          moment: survey.moment,
          sessionId: survey.sessionId,
          consent,
          answers: consent
            ? Object.entries(given).map(([questionId, value]) => ({ questionId, value }))
            : [],
        },
      },
      {
        onSuccess: () => {
          setStep({ at: 'done' });
        },
      },
    );
  };
  if (step.at === 'done') return <DoneStep thanked={Object.keys(answers).length > 0} />;
  return (
    <>
      <p className="survey-about">
        {survey.activityName
          ? t('surveys.me.aboutSession', { name: survey.activityName })
          : t(`surveys.me.about.${survey.moment}`)}
      </p>
      <FormError error={answer.error} />
      {step.at === 'consent' && (
        <ConsentStep
          pending={answer.isPending}
          onYes={() => {
            setStep({ at: 'question', index: 0 });
          }}
          onNo={() => {
            send(false, {});
          }}
        />
      )}
      {step.at === 'question' && (
        <QuestionStep
          key={step.index}
          text={localText(
            survey.questions[step.index] ?? { textFr: '', textEn: null },
            i18n.language,
          )}
          index={step.index}
          total={survey.questions.length}
          chosen={answers[survey.questions[step.index]?.id ?? '']}
          onBack={() => {
            setStep(
              step.index === 0 ? { at: 'consent' } : { at: 'question', index: step.index - 1 },
            );
          }}
          onAnswer={(value) => {
            const id = survey.questions[step.index]?.id ?? '';
            const next = { ...answers, [id]: value };
            setAnswers(next);
            if (step.index + 1 < survey.questions.length)
              setStep({ at: 'question', index: step.index + 1 });
            else if (!answer.isPending) send(true, next);
          }}
        />
      )}
    </>
  );
}

function DoneStep({ thanked }: { thanked: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="survey-step" role="status">
      <FocusHeading id="survey-done">
        {thanked ? t('surveys.me.thanks') : t('surveys.me.noted')}
      </FocusHeading>
      <Link className="button me-big-button" to="/moi">
        {t('surveys.me.home')}
      </Link>
    </div>
  );
}

/** /moi/avis: the first survey open to me, one question per screen. */
export function SurveyPage() {
  const { t } = useTranslation();
  const due = useApiQuery('mySurveys', surveyKeys.due);
  // The survey being answered stays on screen while the list refreshes after the reply.
  const [survey, setSurvey] = useState<DueSurvey | undefined>();
  const first = due.data?.[0];
  useEffect(() => {
    if (!survey && first) setSurvey(first);
  }, [survey, first]);
  return (
    <Page title={t('surveys.me.title')}>
      {due.isPending && <Loading />}
      {due.isError && <FormError error={due.error} />}
      {due.data && !survey && !first && <p>{t('surveys.me.nothing')}</p>}
      {survey && (
        <Flow key={`${survey.surveyId}${survey.moment}${survey.sessionId ?? ''}`} survey={survey} />
      )}
    </Page>
  );
}
