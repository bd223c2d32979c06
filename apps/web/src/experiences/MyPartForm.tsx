import { REFLECTION_FIELDS, type ReflectionField } from '@territoires/contracts';
import { useId } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { DictationButton } from './Dictation.js';

export type PartValues = Record<ReflectionField, string>;

const ICONS: Record<ReflectionField, string> = { did: '🛠️', learned: '💡', felt: '❤️', next: '➡️' };

function Question({
  field,
  n,
  form,
}: {
  field: ReflectionField;
  n: number;
  form: UseFormReturn<PartValues>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = t(`reflections.${field}`);
  const { registration, error } = fieldsOf(form)(field);
  return (
    <section className="question" aria-labelledby={`${id}-label`}>
      <p className="muted">{t('mySpace.step', { n })}</p>
      <label id={`${id}-label`} htmlFor={id} className="question-label">
        <span aria-hidden="true">{ICONS[field]} </span>
        {label}
      </label>
      <textarea
        id={id}
        rows={5}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        {...registration}
      />
      {error !== undefined && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <DictationButton
        fieldLabel={label}
        onText={(text) => {
          const current = form.getValues(field).trimEnd();
          form.setValue(field, current === '' ? text : `${current} ${text}`, { shouldDirty: true });
        }}
      />
    </section>
  );
}

export const EMPTY_PART: PartValues = { did: '', learned: '', felt: '', next: '' };

/**
 * The participant's four questions, written or dictated. `onSave` sends them; a new reflexivity time
 * (`mustWrite`) is only created once something is written, so nothing empty is left behind.
 */
export function MyPartForm({
  initial,
  onSave,
  saved,
  onReload,
  mustWrite = false,
}: {
  initial: PartValues;
  onSave: (values: PartValues) => Promise<void>;
  saved: boolean;
  onReload?: () => void;
  mustWrite?: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<PartValues>({ defaultValues: initial });
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    if (mustWrite && REFLECTION_FIELDS.every((field) => values[field].trim() === '')) {
      form.setError('did', { type: 'required', message: t('mySpace.writeSomething') });
      return;
    }
    try {
      await onSave(values);
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return (
    <form className="form my-space-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>{t('mySpace.reflectionIntro')}</p>
      <FormError error={submitError.error} onReload={onReload} />
      {REFLECTION_FIELDS.map((field, index) => (
        <Question key={field} field={field} n={index + 1} form={form} />
      ))}
      {saved && <Success>{t('mySpace.partSaved')}</Success>}
      <button type="submit" className="button primary big" disabled={form.formState.isSubmitting}>
        <span aria-hidden="true">✔ </span>
        {t('mySpace.saveMyPart')}
      </button>
    </form>
  );
}
