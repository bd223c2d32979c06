import { zodResolver } from '@hookform/resolvers/zod';
import {
  BADGE_PICTOGRAMS,
  BADGE_SHAPES,
  badgeTemplateSchema,
  generateImageBodySchema,
  type Achievement,
  type BadgeTemplate,
} from '@territoires/contracts';
import { keepPreviousData } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { badgeKeys } from './keys.js';
import { useDebounced } from './useDebounced.js';

type Input = z.input<typeof generateImageBodySchema>;
type Output = z.output<typeof generateImageBodySchema>;

/** A text alternative from the template: what the image shows, for whoever does not see it. */
export const defaultAlt = (t: TFunction, template: Partial<BadgeTemplate>): string =>
  t('badges.art.defaultAlt', {
    shape: t(`badges.art.shape.${template.shape ?? 'cercle'}`),
    pictogram: t(`badges.art.pictogram.${template.pictogram ?? 'etoile'}`),
    title: template.title ?? '',
  });

function ColourField({
  label,
  registration,
}: {
  label: string;
  registration: UseFormRegisterReturn;
}) {
  const id = useId();
  return (
    <div className="field colour-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="color" {...registration} />
    </div>
  );
}

/** The image the server would draw, as the template changes (drawn at most every 300 ms). */
function Preview({ template }: { template: Partial<BadgeTemplate> }) {
  const { t } = useTranslation();
  const settled = useDebounced(template);
  const parsed = badgeTemplateSchema.safeParse(settled);
  const preview = useApiQuery(
    'previewBadgeImage',
    ['badges', 'preview', settled],
    { query: parsed.success ? parsed.data : undefined },
    { enabled: parsed.success, placeholderData: keepPreviousData, staleTime: Infinity },
  );
  return (
    <figure className="badge-preview">
      {preview.data === undefined ? (
        <p className="hint">{t('badges.art.previewPending')}</p>
      ) : (
        <img src={preview.data.dataUrl} alt={t('badges.art.previewAlt')} width="160" height="160" />
      )}
      <figcaption>{t('badges.art.preview')}</figcaption>
    </figure>
  );
}

/** Create the image from a template: shape, two colours, a pictogram, the title; with its text. */
export function TemplateForm({ achievement }: { achievement: Achievement }) {
  const { t } = useTranslation();
  const generate = useApiMutation('generateAchievementImage', [badgeKeys.achievements]);
  const initial = {
    shape: 'cercle',
    background: '#1d4ed8',
    accent: '#fbbf24',
    pictogram: 'etoile',
    title: achievement.name.slice(0, 40),
  } as const;
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(generateImageBodySchema),
    defaultValues: { ...initial, imageAlt: defaultAlt(t, initial) },
  });
  const field = fieldsOf(form);
  const values = useWatch({ control: form.control });
  // The proposed text follows the template until someone writes their own.
  const [altWritten, setAltWritten] = useState(false);
  const proposed = defaultAlt(t, values);
  useEffect(() => {
    if (!altWritten) form.setValue('imageAlt', proposed);
  }, [altWritten, proposed, form]);
  const { submitError, done, onSubmit } = useFormSubmit(form, async (body) => {
    await generate.mutateAsync({ params: { id: achievement.id }, body });
  });
  const { imageAlt: _, ...template } = values;
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {done && <Success>{t('badges.art.done')}</Success>}
      <FormError error={submitError.error} />
      <Preview template={template} />
      <SelectField
        label={t('badges.art.shapeLabel')}
        options={BADGE_SHAPES.map((s) => ({ value: s, label: t(`badges.art.shape.${s}`) }))}
        {...field('shape')}
      />
      <ColourField label={t('badges.art.background')} {...field('background')} />
      <ColourField label={t('badges.art.accent')} {...field('accent')} />
      <SelectField
        label={t('badges.art.pictogramLabel')}
        options={BADGE_PICTOGRAMS.map((p) => ({ value: p, label: t(`badges.art.pictogram.${p}`) }))}
        {...field('pictogram')}
      />
      <TextField
        label={t('badges.art.title')}
        hint={t('badges.art.titleHint')}
        {...field('title')}
      />
      <TextAreaField
        label={t('badges.art.alt')}
        hint={t('badges.art.altHint')}
        {...field('imageAlt', {
          onChange: () => {
            setAltWritten(true);
          },
        })}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('badges.art.generate')}
      </button>
    </form>
  );
}
