import type { ObjectiveProgress } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { badgeKeys } from './keys.js';

const linkedTo = (progress: ObjectiveProgress, awardId: string): string[] =>
  progress.objectives.filter((o) => o.badges.some((b) => b.awardId === awardId)).map((o) => o.id);

interface TickProps {
  awardId: string;
  progress: ObjectiveProgress | undefined;
  saving: { pending: boolean; error: unknown; saved: boolean; reset: () => void };
  onSave: (objectiveIds: string[]) => void;
  legend: string;
}

/** The contract's key objectives as ticks, those this badge proves ticked; then save. */
function ObjectiveTicks({ awardId, progress, saving, onSave, legend }: TickProps) {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState<string[] | null>(null);
  if (!progress || progress.total === 0) return null;
  const ticked = chosen ?? linkedTo(progress, awardId);
  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      <FormError error={saving.error} />
      {progress.objectives.map((objective) => (
        <label key={objective.id} className="checkbox">
          <input
            type="checkbox"
            name={name}
            checked={ticked.includes(objective.id)}
            onChange={(e) => {
              saving.reset();
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
        disabled={saving.pending}
        onClick={() => {
          onSave(ticked);
        }}
      >
        {t('badges.backpack.provesSave')}
      </button>
      {saving.saved && <Success>{t('badges.backpack.provesSaved')}</Success>}
    </fieldset>
  );
}

/** In my space: which of my contract's key objectives this badge of mine proves. */
export function ObjectivesPicker({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const progress = useApiQuery('myObjectives', badgeKeys.objectives);
  const save = useApiMutation('linkMyAwardObjectives', [badgeKeys.objectives]);
  return (
    <>
      <p>{t('badges.backpack.provesHint')}</p>
      <ObjectiveTicks
        awardId={awardId}
        progress={progress.data}
        legend={t('badges.backpack.provesTitle')}
        saving={{
          pending: save.isPending,
          error: save.error,
          saved: save.isSuccess,
          reset: save.reset,
        }}
        onSave={(objectiveIds) => {
          save.mutate({ params: { id: awardId }, body: { objectiveIds } });
        }}
      />
    </>
  );
}

/** On the file: the same, by whoever follows the person. */
export function TeamObjectivesPicker({
  awardId,
  participantId,
}: {
  awardId: string;
  participantId: string;
}) {
  const { t } = useTranslation();
  const key = badgeKeys.objectivesOf(participantId);
  const progress = useApiQuery('participantObjectives', key, { params: { id: participantId } });
  const save = useApiMutation('linkAwardObjectives', [key]);
  return (
    <ObjectiveTicks
      awardId={awardId}
      progress={progress.data}
      legend={t('badges.backpack.provesTeam')}
      saving={{
        pending: save.isPending,
        error: save.error,
        saved: save.isSuccess,
        reset: save.reset,
      }}
      onSave={(objectiveIds) => {
        save.mutate({ params: { id: awardId }, body: { objectiveIds } });
      }}
    />
  );
}
