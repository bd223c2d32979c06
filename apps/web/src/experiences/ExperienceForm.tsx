import {
  createExperienceBodySchema,
  EXPERIENCE_KINDS,
  type ExperienceKind,
} from '@territoires/contracts';
import { useId, useState } from 'react';
import { useForm, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { experienceKeys } from './keys.js';
import { FileField } from './FileField.js';
import { ACCEPT, useUpload } from './useUpload.js';

interface Values {
  source: string;
  kind: ExperienceKind;
  title: string;
  occurredOn: string;
  words: string;
}

/** Puts the contract's field errors (zod paths) on the form's fields. */
export function zodFieldErrors<T extends FieldValues>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  setError: (name: Path<T>, error: { type: string; message: string }) => void,
) {
  for (const issue of issues)
    setError(String(issue.path[0]) as Path<T>, { type: 'validate', message: issue.message });
}

/** The follow-up team records an experience: from one of the person's attendances, or freely. */
export function ExperienceForm({
  participantId,
  onDone,
}: {
  participantId: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(false);
  const [uploadFailed, setUploadFailed] = useState(false);
  // A new key empties the (uncontrolled) file input.
  const [fileKey, setFileKey] = useState(0);
  const refresh = [experienceKeys.experiences(participantId), queryKeys.timeline(participantId)];
  const sources = useApiQuery('experienceSources', experienceKeys.sources(participantId), {
    params: { id: participantId },
  });
  const create = useApiMutation('createExperience', [
    ...refresh,
    experienceKeys.sources(participantId),
  ]);
  const upload = useUpload('staff', refresh);
  const form = useForm<Values>({
    defaultValues: { source: '', kind: 'other', title: '', occurredOn: today(), words: '' },
  });
  const submitError = useSubmitError(form.setError);
  const source = form.watch('source');
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    setSaved(false);
    setUploadFailed(false);
    const fromAttendance = values.source !== '';
    const parsed = createExperienceBodySchema.safeParse({
      kind: fromAttendance ? 'activity' : values.kind,
      ...(fromAttendance ? { attendanceId: values.source } : { occurredOn: values.occurredOn }),
      ...(values.title.trim() !== '' || !fromAttendance ? { title: values.title } : {}),
      ...(values.words.trim() !== '' ? { words: values.words } : {}),
    });
    if (!parsed.success) {
      zodFieldErrors<Values>(parsed.error.issues, form.setError);
      return;
    }
    try {
      const experience = await create.mutateAsync({
        params: { id: participantId },
        body: parsed.data,
      });
      if (file !== null) {
        try {
          await upload.mutateAsync({ experienceId: experience.id, file });
        } catch (caught) {
          // The experience exists: the form empties so that a second submit does not record it twice.
          form.reset();
          setFile(null);
          setFileKey((k) => k + 1);
          setUploadFailed(true);
          submitError.handle(caught);
          return;
        }
      }
      form.reset();
      setFile(null);
      setSaved(true);
      onDone();
    } catch (caught) {
      submitError.handle(caught);
    }
  });

  const sourceOptions = [
    { value: '', label: t('experiences.sourceFree') },
    ...(sources.data ?? []).map((s) => ({
      value: s.attendanceId,
      label:
        t('experiences.sourceAttendance', {
          title: s.activityTitle,
          date: formatDate(s.on, i18n.language),
        }) + (s.recorded ? ` (${t('experiences.sourceRecorded')})` : ''),
    })),
  ];

  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t('experiences.addTitle')}</h3>
      {saved && <Success>{t('experiences.saved')}</Success>}
      {uploadFailed && <p className="message message-error">{t('experiences.uploadFailed')}</p>}
      <FormError error={submitError.error} />
      <SelectField
        label={t('experiences.source')}
        registration={form.register('source')}
        options={sourceOptions}
      />
      {source === '' && (
        <SelectField
          label={t('experiences.kind')}
          registration={form.register('kind')}
          options={EXPERIENCE_KINDS.map((kind) => ({
            value: kind,
            label: t(`experiences.kinds.${kind}`),
          }))}
        />
      )}
      <TextField
        label={t('experiences.titleField')}
        hint={source === '' ? undefined : t('experiences.titleHint')}
        optional={source !== ''}
        registration={form.register('title')}
        error={errors.title?.message}
      />
      {source === '' && (
        <TextField
          label={t('experiences.occurredOn')}
          type="date"
          registration={form.register('occurredOn')}
          error={errors.occurredOn?.message}
        />
      )}
      <TextAreaField
        label={t('experiences.words')}
        hint={t('experiences.wordsHint')}
        optional
        registration={form.register('words')}
        error={errors.words?.message}
      />
      <FileField
        key={fileKey}
        label={t('experiences.file')}
        hint={t('experiences.fileHint')}
        accept={ACCEPT}
        onChange={setFile}
      />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {t('experiences.submit')}
      </button>
    </form>
  );
}
