import {
  REFLECTION_FIELDS,
  type Experience,
  type ParticipantDetail,
  type Reflection,
  type ReflectionField,
} from '@territoires/contracts';
import { useId } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { CheckboxField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
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

type Form = UseFormReturn<Values>;

interface Props {
  participant: ParticipantDetail;
  experiences: readonly Experience[];
  reflection?: Reflection;
  onDone: () => void;
}

/** Creates the reflection, or updates it with the version last read. */
function useSaveReflection({ participant, reflection, onDone }: Props, form: Form) {
  const refresh = [experienceKeys.reflections(participant.id), queryKeys.timeline(participant.id)];
  const create = useApiMutation('createReflection', refresh);
  const update = useApiMutation('updateReflection', refresh);
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (v) => {
    submitError.clear();
    const badge = v.proposeBadge ? v.badge : undefined;
    const body = {
      heldOn: v.heldOn,
      experienceIds: v.experienceIds,
      part: v.part,
      comment: v.comment,
      objectiveIds: v.objectiveIds,
    };
    try {
      if (reflection === undefined) {
        await create.mutateAsync({
          params: { id: participant.id },
          body: { ...body, ...(badge === undefined ? {} : { badge }) },
        });
      } else {
        await update.mutateAsync({
          params: { id: reflection.id },
          body: { version: reflection.version, ...body, badge: badge ?? null },
        });
      }
      onDone();
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return { submitError, onSubmit };
}

/** When, about which experiences, and the participant's four questions. */
function ParticipantPart({
  form,
  experiences,
}: {
  form: Form;
  experiences: readonly Experience[];
}) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  return (
    <>
      <TextField label={t('reflections.heldOn')} type="date" {...field('heldOn')} />
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
        {REFLECTION_FIELDS.map((name) => (
          <TextAreaField
            key={name}
            label={t(`reflections.${name}`)}
            optional
            {...field(`part.${name}`)}
          />
        ))}
      </fieldset>
    </>
  );
}

/** The référent's part: a comment, the contract's objectives worked on, a proposed badge. */
function ReferentPart({ form, participant }: { form: Form; participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  const objectiveError = form.formState.errors.objectiveIds?.message;
  const objectives = participant.contracts?.find((c) => c.status === 'active')?.objectives ?? [];
  return (
    <fieldset className="fieldset">
      <legend>{t('reflections.referentPart')}</legend>
      <TextAreaField label={t('reflections.comment')} optional {...field('comment')} />
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
        {objectiveError !== undefined && <p className="field-error">{objectiveError}</p>}
      </fieldset>
      <CheckboxField label={t('reflections.proposeBadge')} {...field('proposeBadge')} />
      {form.watch('proposeBadge') && (
        <>
          <TextField label={t('reflections.badgeTitle')} {...field('badge.title')} />
          <TextAreaField label={t('reflections.badgeReason')} {...field('badge.reason')} />
        </>
      )}
    </fieldset>
  );
}

/**
 * A reflexivity time held with the participant: their part (four questions, co-written), then the
 * référent's (comment, key objectives of the active contract, a proposed badge). Creates or edits.
 */
export function ReflectionForm(props: Props) {
  const { participant, experiences, reflection } = props;
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const form = useForm<Values>({ defaultValues: valuesOf(reflection, today()) });
  const { submitError, onSubmit } = useSaveReflection(props, form);
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
      <ParticipantPart form={form} experiences={experiences} />
      <ReferentPart form={form} participant={participant} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('reflections.submit')}
      </button>
    </form>
  );
}
