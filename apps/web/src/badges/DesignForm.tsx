import { zodResolver } from '@hookform/resolvers/zod';
import {
  ACHIEVEMENT_TYPES,
  createAchievementBodySchema,
  type IssuerChoice,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApiMutation } from '../api/hooks.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { AlignmentsField, alignmentInputs, type ChosenAlignment } from './AlignmentsField.js';
import { badgeKeys, typeLabel } from './keys.js';

const { shape } = createAchievementBodySchema;

/** The contract's fields, typed as the inputs give them: tags as one line, months as text. */
const formSchema = createAchievementBodySchema.extend({
  tags: z
    .string()
    .transform((line) =>
      line
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    )
    .pipe(shape.tags.unwrap()),
  validityMonths: z
    .string()
    .transform((text) => (text.trim() === '' ? null : Number(text)))
    .pipe(shape.validityMonths.unwrap()),
});
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

const emptyBadge = (issuers: readonly IssuerChoice[]): FormInput => ({
  // One organisation: nothing to choose.
  organisationId: issuers.length === 1 ? (issuers[0]?.organisationId ?? '') : '',
  name: '',
  description: '',
  criteria: '',
  nameEn: '',
  descriptionEn: '',
  criteriaEn: '',
  achievementType: 'ext:NonFormalLearning',
  tags: '',
  validityMonths: '',
  imageAlt: '',
  alignments: [],
});

/** The optional English texts, in their own group. */
function EnglishFields({ field }: { field: ReturnType<typeof fieldsOf<FormInput>> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset form">
      <legend>{t('badges.design.english')}</legend>
      <TextField label={t('badges.design.nameEn')} optional {...field('nameEn')} />
      <TextAreaField
        label={t('badges.design.descriptionEn')}
        optional
        {...field('descriptionEn')}
      />
      <TextAreaField label={t('badges.design.criteriaEn')} optional {...field('criteriaEn')} />
    </fieldset>
  );
}

export function DesignForm({ issuers }: { issuers: readonly IssuerChoice[] }) {
  const { t } = useTranslation();
  const create = useApiMutation('createAchievement', [badgeKeys.achievements, badgeKeys.issuers]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: emptyBadge(issuers),
  });
  const field = fieldsOf(form);
  // Chosen with their own controls (searches, lists), sent with the badge.
  const [alignments, setAlignments] = useState<ChosenAlignment[]>([]);
  const { submitError, done, onSubmit } = useFormSubmit(
    form,
    async (body) => {
      await create.mutateAsync({ body: { ...body, alignments: alignmentInputs(alignments) } });
      form.reset();
      setAlignments([]);
    },
    { 'badges.unknown_organisation': 'organisationId' },
  );
  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="badge-design-title"
    >
      <h2 id="badge-design-title">{t('badges.design.title')}</h2>
      {done && <Success>{t('badges.design.done')}</Success>}
      <FormError error={submitError.error} />
      <SelectField
        label={t('badges.design.organisation')}
        placeholder={t('common.choose')}
        options={issuers.map((i) => ({ value: i.organisationId, label: i.name }))}
        {...field('organisationId')}
      />
      <TextField label={t('badges.design.name')} {...field('name')} />
      <TextAreaField label={t('badges.design.description')} {...field('description')} />
      <TextAreaField label={t('badges.design.criteria')} {...field('criteria')} />
      <SelectField
        label={t('badges.design.achievementType')}
        options={ACHIEVEMENT_TYPES.map((type) => ({
          value: type,
          label: t(typeLabel(type)),
        }))}
        {...field('achievementType')}
      />
      <TextField
        label={t('badges.design.tags')}
        hint={t('badges.design.tagsHint')}
        optional
        {...field('tags')}
      />
      <TextField
        label={t('badges.design.validityMonths')}
        hint={t('badges.design.validityHint')}
        type="number"
        inputMode="numeric"
        optional
        {...field('validityMonths')}
      />
      <TextField
        label={t('badges.design.imageAlt')}
        hint={t('badges.design.imageAltHint')}
        {...field('imageAlt')}
      />
      <AlignmentsField value={alignments} onChange={setAlignments} />
      <EnglishFields field={field} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('badges.design.submit')}
      </button>
    </form>
  );
}
