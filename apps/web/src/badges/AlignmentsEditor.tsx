import type { Achievement } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { AlignmentsField, alignmentInputs, type ChosenAlignment } from './AlignmentsField.js';
import { badgeKeys } from './keys.js';

/** The badge as the update route takes it, with other alignments. */
const bodyOf = (badge: Achievement, alignments: readonly ChosenAlignment[]) => ({
  version: badge.version,
  name: badge.name,
  description: badge.description,
  criteria: badge.criteria,
  nameEn: badge.nameEn,
  descriptionEn: badge.descriptionEn,
  criteriaEn: badge.criteriaEn,
  achievementType: badge.achievementType,
  tags: badge.tags,
  validityMonths: badge.validityMonths,
  imageAlt: badge.imageAlt,
  alignments: alignmentInputs(alignments),
});

/** Changes an existing badge's alignments (credentials already signed keep theirs). */
export function AlignmentsEditor({ achievement }: { achievement: Achievement }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ChosenAlignment[]>(achievement.alignments);
  const save = useApiMutation('updateAchievement', [badgeKeys.achievements]);
  return (
    <details
      className="badge-art"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('badges.align.edit', { name: achievement.name })}</summary>
      {open && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ params: { id: achievement.id }, body: bodyOf(achievement, chosen) });
          }}
        >
          <AlignmentsField value={chosen} onChange={setChosen} />
          <button type="submit" className="button primary" disabled={save.isPending}>
            {t('badges.align.save')}
          </button>
          {save.isSuccess && <Success>{t('badges.align.saved')}</Success>}
          <FormError error={save.error} />
        </form>
      )}
    </details>
  );
}
