import { REFLECTION_FIELDS, type Reflection, type ReflectionField } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { DictationButton } from './Dictation.js';
import { experienceKeys } from './keys.js';

type Values = Record<ReflectionField, string>;

const ICONS: Record<ReflectionField, string> = { did: '🛠️', learned: '💡', felt: '❤️', next: '➡️' };

function Question({
  field,
  n,
  form,
}: {
  field: ReflectionField;
  n: number;
  form: UseFormReturn<Values>;
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

interface WriteProps {
  reflection: Reflection;
  saved: boolean;
  onSaved: (saved: boolean) => void;
  reload: () => void;
}

function WriteMyPart({ reflection, saved, onSaved, reload }: WriteProps) {
  const { t } = useTranslation();
  const write = useApiMutation('writeMyReflection', [
    experienceKeys.myReflection(reflection.id),
    experienceKeys.myReflections,
  ]);
  const form = useForm<Values>({
    defaultValues: {
      did: reflection.did ?? '',
      learned: reflection.learned ?? '',
      felt: reflection.felt ?? '',
      next: reflection.next ?? '',
    },
  });
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    onSaved(false);
    try {
      await write.mutateAsync({
        params: { id: reflection.id },
        body: { version: reflection.version, ...values },
      });
      onSaved(true);
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return (
    <form className="form my-space-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>{t('mySpace.reflectionIntro')}</p>
      <FormError error={submitError.error} onReload={reload} />
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

/** /moi/reflexions/:id: the participant writes (or dictates) their part, four questions. */
export function MyReflectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [saved, setSaved] = useState(false);
  const reflection = useApiQuery('getMyReflection', experienceKeys.myReflection(id), {
    params: { id },
  });
  return (
    <Page title={t('mySpace.reflectionTitle')}>
      <p>
        <Link to="/moi/reflexions" className="back-link">
          <span aria-hidden="true">← </span>
          {t('mySpace.back')}
        </Link>
      </p>
      {reflection.isPending && <Loading />}
      {reflection.isError && <FormError error={reflection.error} />}
      {reflection.data !== undefined && (
        <>
          {/* The key: after a save the form starts again from the saved text and the new version. */}
          <WriteMyPart
            key={reflection.data.version}
            reflection={reflection.data}
            saved={saved}
            onSaved={setSaved}
            reload={() => void reflection.refetch()}
          />
          {reflection.data.comment !== null && (
            <section className="card" aria-labelledby="referent-part">
              <h2 id="referent-part">{t('mySpace.referentPart')}</h2>
              <p className="experience-words">{reflection.data.comment}</p>
            </section>
          )}
        </>
      )}
    </Page>
  );
}
