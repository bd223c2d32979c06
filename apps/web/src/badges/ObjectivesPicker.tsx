import type { ObjectiveProgress } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { badgeKeys } from './keys.js';

const linkedTo = (progress: ObjectiveProgress, awardId: string): string[] =>
  progress.objectives.filter((o) => o.badges.some((b) => b.awardId === awardId)).map((o) => o.id);

/** Which of my contract's key objectives this badge proves: ticks, then save. */
export function ObjectivesPicker({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const progress = useApiQuery('myObjectives', badgeKeys.objectives);
  const save = useApiMutation('linkMyAwardObjectives', [badgeKeys.objectives]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  if (!progress.data || progress.data.total === 0) return null;
  const ticked = chosen ?? linkedTo(progress.data, awardId);
  return (
    <fieldset className="stack">
      <legend>{t('badges.backpack.provesTitle')}</legend>
      <p>{t('badges.backpack.provesHint')}</p>
      <FormError error={save.error} />
      {progress.data.objectives.map((objective) => (
        <label key={objective.id} className="checkbox">
          <input
            type="checkbox"
            checked={ticked.includes(objective.id)}
            onChange={(e) => {
              save.reset();
              const on = e.currentTarget.checked;
              setChosen(
                on ? [...ticked, objective.id] : ticked.filter((id) => id !== objective.id),
              );
            }}
          />{' '}
          {objective.text}
        </label>
      ))}
      <button
        type="button"
        className="button primary"
        disabled={save.isPending}
        onClick={() => {
          save.mutate({ params: { id: awardId }, body: { objectiveIds: ticked } });
        }}
      >
        {t('badges.backpack.provesSave')}
      </button>
      {save.isSuccess && <Success>{t('badges.backpack.provesSaved')}</Success>}
    </fieldset>
  );
}
