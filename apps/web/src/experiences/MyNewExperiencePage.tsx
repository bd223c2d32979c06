import {
  createExperienceBodySchema,
  EXPERIENCE_KINDS,
  type ExperienceKind,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiMutation } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { Page } from '../layout/Page.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { zodFieldErrors } from './ExperienceForm.js';
import { FileField } from './FileField.js';
import { experienceKeys } from './keys.js';
import { ACCEPT, useUpload } from './useUpload.js';

interface Values {
  title: string;
  occurredOn: string;
  kind: ExperienceKind;
  words: string;
}

/** /moi/experiences/nouvelle: one screen to tell what I lived, with my words and a photo. */
export function MyNewExperiencePage() {
  const { t } = useTranslation();
  const today = useToday();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const create = useApiMutation('createMyExperience', [experienceKeys.myExperiences]);
  const upload = useUpload('participant', [experienceKeys.myExperiences]);
  const form = useForm<Values>({
    defaultValues: { title: '', occurredOn: today(), kind: 'outside_programme', words: '' },
  });
  const submitError = useSubmitError(form.setError);
  const { errors, isSubmitting } = form.formState;
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
  return (
    <Page title={t('mySpace.addTitle')}>
      <p>
        <Link to="/moi/experiences" className="back-link">
          <span aria-hidden="true">← </span>
          {t('mySpace.back')}
        </Link>
      </p>
      <form className="form my-space-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={submitError.error} />
        <TextField
          label={t('mySpace.what')}
          hint={t('mySpace.whatHint')}
          registration={form.register('title')}
          error={errors.title?.message}
        />
        <TextField
          label={t('mySpace.when')}
          type="date"
          registration={form.register('occurredOn')}
          error={errors.occurredOn?.message}
        />
        <SelectField
          label={t('mySpace.kind')}
          registration={form.register('kind')}
          options={EXPERIENCE_KINDS.filter((k) => k !== 'activity').map((kind) => ({
            value: kind,
            label: t(`experiences.kinds.${kind}`),
          }))}
        />
        <TextAreaField
          label={t('mySpace.words')}
          optional
          registration={form.register('words')}
          error={errors.words?.message}
        />
        <FileField
          label={t('mySpace.photo')}
          hint={t('mySpace.photoHint')}
          accept={ACCEPT}
          onChange={setFile}
          large
        />
        <button type="submit" className="button primary big" disabled={isSubmitting}>
          <span aria-hidden="true">✔ </span>
          {t('mySpace.save')}
        </button>
      </form>
    </Page>
  );
}
