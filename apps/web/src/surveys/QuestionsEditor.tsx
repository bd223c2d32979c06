import type { Survey } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { surveyKeys } from './text.js';

interface Draft {
  id?: string;
  textFr: string;
  textEn: string;
}

function QuestionFields({
  draft,
  n,
  removable,
  onEdit,
  onRemove,
}: {
  draft: Draft;
  n: number;
  removable: boolean;
  onEdit: (patch: Partial<Draft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="stack">
      <legend>{t('surveys.staff.questionFr', { n })}</legend>
      <label>
        {t('surveys.staff.questionFr', { n })}
        <input
          value={draft.textFr}
          required
          maxLength={300}
          onChange={(e) => {
            onEdit({ textFr: e.target.value });
          }}
        />
      </label>
      <label>
        {t('surveys.staff.questionEn', { n })}
        <input
          value={draft.textEn}
          maxLength={300}
          onChange={(e) => {
            onEdit({ textEn: e.target.value });
          }}
        />
      </label>
      <button type="button" className="secondary" disabled={!removable} onClick={onRemove}>
        {t('surveys.staff.removeQuestion', { n })}
      </button>
    </fieldset>
  );
}

/** The questions of one survey, in order: French, English if wanted; saved together. */
export function QuestionsEditor({ survey, offered }: { survey: Survey; offered: boolean }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Draft[]>(
    survey.questions.map((q) => ({ id: q.id, textFr: q.textFr, textEn: q.textEn ?? '' })),
  );
  const save = useApiMutation('setSurveyQuestions', [surveyKeys.staff]);
  const edit = (i: number, patch: Partial<Draft>) => {
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  };
  const headingId = `survey-${survey.id}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{survey.titleFr}</h2>
      <p>
        {t(`surveys.staff.kind.${survey.kind}`)}
        {offered && <strong> – {t('surveys.staff.offered')}</strong>}
      </p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            params: { id: survey.id },
            body: {
              questions: drafts.map((d) => ({
                ...(d.id ? { id: d.id } : {}),
                textFr: d.textFr,
                textEn: d.textEn,
              })),
            },
          });
        }}
      >
        <FormError error={save.error} />
        {save.isSuccess && <Success>{t('surveys.staff.saved')}</Success>}
        {drafts.map((d, i) => (
          <QuestionFields
            key={d.id ?? `new-${i}`}
            draft={d}
            n={i + 1}
            removable={drafts.length > 1}
            onEdit={(patch) => {
              edit(i, patch);
            }}
            onRemove={() => {
              setDrafts(drafts.filter((_, j) => j !== i));
            }}
          />
        ))}
        <button
          type="button"
          className="secondary"
          disabled={drafts.length >= 8}
          onClick={() => {
            setDrafts([...drafts, { textFr: '', textEn: '' }]);
          }}
        >
          {t('surveys.staff.addQuestion')}
        </button>
        <button type="submit" disabled={save.isPending}>
          {t('surveys.staff.saveQuestions')}
        </button>
      </form>
    </section>
  );
}
