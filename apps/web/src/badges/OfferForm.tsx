import type { Achievement } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { badgeKeys } from './keys.js';
import { BadgeChoice } from './BadgeChoice.js';

/** Where the award comes from: a reflexivity time that proposed a badge, or an experience. */
interface Grounds {
  /** The badge the reflexivity time proposed, by name. */
  title: string | null;
  /** That reflexivity time, while its proposal waits: the award marks it awarded. */
  reflectionId: string | null;
  narrative: string;
  experience: { id: string; title: string } | null;
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;

/** ?reflection=… or ?experience=… on the file (one click from a reflexivity time or an experience). */
function useGrounds(participantId: string): Grounds | 'loading' {
  const [params] = useSearchParams();
  const reflectionId = params.get('reflection');
  const experienceId = params.get('experience');
  const reflections = useApiQuery(
    'listReflections',
    ['participants', participantId, 'reflections'],
    { params: { id: participantId } },
    { enabled: reflectionId !== null },
  );
  const experiences = useApiQuery(
    'listExperiences',
    ['participants', participantId, 'experiences'],
    { params: { id: participantId } },
    { enabled: experienceId !== null },
  );
  if (
    (reflectionId !== null && reflections.isPending) ||
    (experienceId !== null && experiences.isPending)
  )
    return 'loading';
  const reflection = reflections.data?.find((r) => r.id === reflectionId);
  const experience = experiences.data?.find((e) => e.id === experienceId);
  return {
    title: reflection?.badge?.title ?? null,
    reflectionId: reflection?.badge?.status === 'proposed' ? reflection.id : null,
    narrative: reflection?.badge?.reason ?? '',
    experience: experience ? { id: experience.id, title: experience.title } : null,
  };
}

function OfferFields({
  participantId,
  choices,
  grounds,
}: {
  participantId: string;
  choices: Achievement[];
  grounds: Grounds;
}) {
  const { t } = useTranslation();
  const id = useId();
  const proposed = grounds.title;
  const [achievementId, setAchievementId] = useState(
    () => choices.find((a) => proposed !== null && sameName(a.name, proposed))?.id ?? '',
  );
  const [narrative, setNarrative] = useState(grounds.narrative);
  const offer = useApiMutation('offerAward', [
    badgeKeys.ofParticipant(participantId),
    queryKeys.timeline(participantId),
    ['participants', participantId, 'reflections'],
  ]);
  return (
    <form
      className="form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (achievementId === '') return;
        const body = {
          achievementId,
          ...(narrative.trim() === '' ? {} : { narrative: narrative.trim() }),
          ...(grounds.experience === null ? {} : { experienceId: grounds.experience.id }),
          ...(grounds.reflectionId === null ? {} : { reflectionId: grounds.reflectionId }),
        };
        offer.mutate({ params: { id: participantId }, body });
      }}
    >
      <h3 id={`${id}-title`}>{t('badges.awards.offer')}</h3>
      {proposed !== null && <p>{t('badgeAward.fromReflection', { title: proposed })}</p>}
      {grounds.experience !== null && (
        <p>{t('badgeAward.fromExperience', { title: grounds.experience.title })}</p>
      )}
      {offer.isSuccess && <Success>{t('badges.awards.offered')}</Success>}
      <FormError error={offer.error} />
      <BadgeChoice
        id={`${id}-badge`}
        label={t('badges.awards.choose')}
        value={achievementId}
        onChange={setAchievementId}
        choices={choices}
      />
      <div className="field">
        <label htmlFor={`${id}-narrative`}>{t('badgeAward.narrative')}</label>
        <textarea
          id={`${id}-narrative`}
          rows={3}
          value={narrative}
          onChange={(e) => {
            setNarrative(e.target.value);
          }}
        />
      </div>
      <button
        type="submit"
        className="button primary"
        disabled={achievementId === '' || offer.isPending}
      >
        {t('badges.awards.offerSubmit')}
      </button>
    </form>
  );
}

/** Offer one of the viewer's organisations' badges, prefilled from where the click came from. */
export function OfferForm({ participantId }: { participantId: string }) {
  const achievements = useApiQuery('listAchievements', badgeKeys.achievements);
  const grounds = useGrounds(participantId);
  const choices = achievements.data?.filter((a) => a.can.award) ?? [];
  if (choices.length === 0 || grounds === 'loading') return null;
  const key = `${grounds.title ?? ''}|${grounds.experience?.id ?? ''}`;
  return (
    <OfferFields key={key} participantId={participantId} choices={choices} grounds={grounds} />
  );
}
