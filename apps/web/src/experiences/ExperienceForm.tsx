import {
  createExperienceBodySchema,
  EXPERIENCE_KINDS,
  type ExperienceKind,
} from '@territoires/contracts';
import { useId, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { fieldsOf, zodFieldErrors } from '../ui/fields.js';
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

type Form = UseFormReturn<Values>;

/** The body the contract expects: an attendance's experience, or a free one with its own date. */
const bodyOf = (values: Values) => {
  const fromAttendance = values.source !== '';
  return createExperienceBodySchema.safeParse({
    kind: fromAttendance ? 'activity' : values.kind,
    ...(fromAttendance ? { attendanceId: values.source } : { occurredOn: values.occurredOn }),
    ...(values.title.trim() !== '' || !fromAttendance ? { title: values.title } : {}),
    ...(values.words.trim() !== '' ? { words: values.words } : {}),
  });
};

/** Records the experience, then its file if one is chosen; the outcome shows above the form. */
function useSaveExperience(participantId: string, form: Form, onDone: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(false);
  const [uploadFailed, setUploadFailed] = useState(false);
  // A new key empties the (uncontrolled) file input.
  const [fileKey, setFileKey] = useState(0);
  const refresh = [experienceKeys.experiences(participantId), queryKeys.timeline(participantId)];
  const create = useApiMutation('createExperience', [
    ...refresh,
    experienceKeys.sources(participantId),
  ]);
  const upload = useUpload('staff', refresh);
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    setSaved(false);
    setUploadFailed(false);
    const parsed = bodyOf(values);
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
  return { onSubmit, submitError, saved, uploadFailed, fileKey, setFile };
}

/** Where it comes from (one of the person's attendances, or free), what it was, in whose words. */
function ExperienceFields({ form, participantId }: { form: Form; participantId: string }) {
  const { t, i18n } = useTranslation();
  const field = fieldsOf(form);
  const source = form.watch('source');
  const sources = useApiQuery('experienceSources', experienceKeys.sources(participantId), {
    params: { id: participantId },
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
    <>
      <SelectField label={t('experiences.source')} {...field('source')} options={sourceOptions} />
      {source === '' && (
        <SelectField
          label={t('experiences.kind')}
          {...field('kind')}
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
        {...field('title')}
      />
      {source === '' && (
        <TextField label={t('experiences.occurredOn')} type="date" {...field('occurredOn')} />
      )}
      <TextAreaField
        label={t('experiences.words')}
        hint={t('experiences.wordsHint')}
        optional
        {...field('words')}
      />
    </>
  );
}

/** The follow-up team records an experience: from one of the person's attendances, or freely. */
export function ExperienceForm({
  participantId,
  onDone,
}: {
  participantId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const today = useToday();
  const headingId = useId();
  const form = useForm<Values>({
    defaultValues: { source: '', kind: 'other', title: '', occurredOn: today(), words: '' },
  });
  const { onSubmit, submitError, saved, uploadFailed, fileKey, setFile } = useSaveExperience(
    participantId,
    form,
    onDone,
  );
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
      <ExperienceFields form={form} participantId={participantId} />
      <FileField
        key={fileKey}
        label={t('experiences.file')}
        hint={t('experiences.fileHint')}
        accept={ACCEPT}
        onChange={setFile}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('experiences.submit')}
      </button>
    </form>
  );
}
