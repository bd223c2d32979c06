import {
  REFLECTION_FIELDS,
  type Experience,
  type ParticipantDetail,
  type Reflection,
  type ReflectionField,
} from '@territoires/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { CheckboxField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { CheckItem } from './CheckItem.js';
import { experienceKeys } from './keys.js';

/** Named like the request body, so that the server's field errors land on the right field. */
interface Values {
  heldOn: string;
  experienceIds: string[];
  part: Record<ReflectionField, string>;
  comment: string;
  objectiveIds: string[];
  proposeBadge: boolean;
  badge: { title: string; reason: string };
}

const valuesOf = (r: Reflection | undefined, today: string): Values => ({
  heldOn: r?.heldOn ?? today,
  experienceIds: r?.experienceIds ?? [],
  part: { did: r?.did ?? '', learned: r?.learned ?? '', felt: r?.felt ?? '', next: r?.next ?? '' },
  comment: r?.comment ?? '',
  objectiveIds: r?.objectives.map((o) => o.id) ?? [],
  proposeBadge: (r?.badge ?? null) !== null,
  badge: { title: r?.badge?.title ?? '', reason: r?.badge?.reason ?? '' },
});

/**
 * A reflexivity time held with the participant: their part (four questions, co-written), then the
 * référent's (comment, key objectives of the active contract, a proposed badge). Creates or edits.
 */
export function ReflectionForm({
  participant,
  experiences,
  reflection,
  onDone,
}: {
  participant: ParticipantDetail;
  experiences: readonly Experience[];
  reflection?: Reflection;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const refresh = [experienceKeys.reflections(participant.id), queryKeys.timeline(participant.id)];
  const create = useApiMutation('createReflection', refresh);
  const update = useApiMutation('updateReflection', refresh);
  const form = useForm<Values>({ defaultValues: valuesOf(reflection, today()) });
  const submitError = useSubmitError(form.setError);
  const { errors, isSubmitting } = form.formState;
  const proposeBadge = form.watch('proposeBadge');
  const objectives = participant.contracts?.find((c) => c.status === 'active')?.objectives ?? [];

  const onSubmit = form.handleSubmit(async (v) => {
    submitError.clear();
    const part = v.part;
    const badge = v.proposeBadge ? v.badge : undefined;
    try {
      if (reflection === undefined) {
        await create.mutateAsync({
          params: { id: participant.id },
          body: {
            heldOn: v.heldOn,
            experienceIds: v.experienceIds,
            part,
            comment: v.comment,
            objectiveIds: v.objectiveIds,
            ...(badge === undefined ? {} : { badge }),
          },
        });
      } else {
        await update.mutateAsync({
          params: { id: reflection.id },
          body: {
            version: reflection.version,
            heldOn: v.heldOn,
            experienceIds: v.experienceIds,
            part,
            comment: v.comment,
            objectiveIds: v.objectiveIds,
            badge: badge ?? null,
          },
        });
      }
      onDone();
    } catch (caught) {
      submitError.handle(caught);
    }
  });

  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {t(reflection === undefined ? 'reflections.addTitle' : 'reflections.editTitle')}
      </h3>
      <FormError error={submitError.error} />
      <TextField
        label={t('reflections.heldOn')}
        type="date"
        registration={form.register('heldOn')}
        error={errors.heldOn?.message}
      />
      {experiences.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('reflections.about')}</legend>
          {experiences.map((e) => (
            <CheckItem
              key={e.id}
              label={e.title}
              registration={form.register('experienceIds')}
              value={e.id}
            />
          ))}
        </fieldset>
      )}
      <fieldset className="fieldset">
        <legend>{t('reflections.participantPart')}</legend>
        {REFLECTION_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            label={t(`reflections.${field}`)}
            optional
            registration={form.register(`part.${field}`)}
            error={errors.part?.[field]?.message}
          />
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('reflections.referentPart')}</legend>
        <TextAreaField
          label={t('reflections.comment')}
          optional
          registration={form.register('comment')}
          error={errors.comment?.message}
        />
        <fieldset className="fieldset">
          <legend>{t('reflections.objectives')}</legend>
          {objectives.length === 0 && <p className="muted">{t('reflections.noObjectives')}</p>}
          {objectives.map((o) => (
            <CheckItem
              key={o.id}
              label={o.text}
              registration={form.register('objectiveIds')}
              value={o.id}
            />
          ))}
          {errors.objectiveIds?.message !== undefined && (
            <p className="field-error">{errors.objectiveIds.message}</p>
          )}
        </fieldset>
        <CheckboxField
          label={t('reflections.proposeBadge')}
          registration={form.register('proposeBadge')}
        />
        {proposeBadge && (
          <>
            <TextField
              label={t('reflections.badgeTitle')}
              registration={form.register('badge.title')}
              error={errors.badge?.title?.message}
            />
            <TextAreaField
              label={t('reflections.badgeReason')}
              registration={form.register('badge.reason')}
              error={errors.badge?.reason?.message}
            />
          </>
        )}
      </fieldset>
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {t('reflections.submit')}
      </button>
    </form>
  );
}
