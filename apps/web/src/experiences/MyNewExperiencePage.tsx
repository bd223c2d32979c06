import {
  createExperienceBodySchema,
  EXPERIENCE_KINDS,
  type ExperienceKind,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { Page } from '../layout/Page.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { fieldsOf, zodFieldErrors } from '../ui/fields.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { FileField } from './FileField.js';
import { experienceKeys } from './keys.js';
import { ACCEPT, useUpload } from './useUpload.js';
import { BackLink } from './BackLink.js';

interface Values {
  title: string;
  occurredOn: string;
  kind: ExperienceKind;
  words: string;
}

/** Records my experience, then my photo if I chose one, then goes back to my experiences. */
function useSaveMyExperience(form: UseFormReturn<Values>, file: File | null) {
  const navigate = useNavigate();
  const create = useApiMutation('createMyExperience', [experienceKeys.myExperiences]);
  const upload = useUpload('participant', [experienceKeys.myExperiences]);
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    const parsed = createExperienceBodySchema.safeParse({
      ...values,
      words: values.words.trim() === '' ? undefined : values.words,
    });
    if (!parsed.success) {
      zodFieldErrors<Values>(parsed.error.issues, form.setError);
      return;
    }
    try {
      const experience = await create.mutateAsync({ body: parsed.data });
      if (file !== null) await upload.mutateAsync({ experienceId: experience.id, file });
      await navigate('/moi/experiences');
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return { submitError, onSubmit };
}

/** /moi/experiences/nouvelle: one screen to tell what I lived, with my words and a photo. */
export function MyNewExperiencePage() {
  const { t } = useTranslation();
  const today = useToday();
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<Values>({
    defaultValues: { title: '', occurredOn: today(), kind: 'outside_programme', words: '' },
  });
  const { submitError, onSubmit } = useSaveMyExperience(form, file);
  const field = fieldsOf(form);
  return (
    <Page title={t('mySpace.addTitle')}>
      <BackLink to="/moi/experiences" />
      <form className="form my-space-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={submitError.error} />
        <TextField label={t('mySpace.what')} hint={t('mySpace.whatHint')} {...field('title')} />
        <TextField label={t('mySpace.when')} type="date" {...field('occurredOn')} />
        <SelectField
          label={t('mySpace.kind')}
          {...field('kind')}
          options={EXPERIENCE_KINDS.filter((k) => k !== 'activity').map((kind) => ({
            value: kind,
            label: t(`experiences.kinds.${kind}`),
          }))}
        />
        <TextAreaField label={t('mySpace.words')} optional {...field('words')} />
        <FileField
          label={t('mySpace.photo')}
          hint={t('mySpace.photoHint')}
          accept={ACCEPT}
          onChange={setFile}
          large
        />
        <button type="submit" className="button primary big" disabled={form.formState.isSubmitting}>
          <span aria-hidden="true">✔ </span>
          {t('mySpace.save')}
        </button>
      </form>
    </Page>
  );
}
