import { zodResolver } from '@hookform/resolvers/zod';
import {
  AGE_BANDS,
  QUALIFICATION_LEVELS,
  SEXES,
  updateProfileBodySchema,
  type ParticipantDetail,
  type Profile,
} from '@territoires/contracts';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CheckboxField, SelectField, type Option } from '../ui/Field.js';
import { Success } from '../ui/FormError.js';
import { WriteForm } from '../ui/WriteForm.js';
import { codeOptions } from '../ui/options.js';
import { formatDate } from '../time/time.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { useParticipantMutation, useReloadParticipant } from './useParticipantMutation.js';

const profileFormSchema = updateProfileBodySchema.omit({ version: true });
type FormInput = z.input<typeof profileFormSchema>;
type FormOutput = z.output<typeof profileFormSchema>;

const BOOLEAN_FIELDS = ['longTermJobSeeker', 'digitalExclusion'] as const;
const SENSITIVE_FIELDS = ['rsa', 'rqth', 'refugee'] as const;
type BooleanField = (typeof BOOLEAN_FIELDS)[number] | (typeof SENSITIVE_FIELDS)[number];

// Selects hold strings; the empty choice means "not given" (null), as the contract allows.
const toNullable = (value: unknown) => (value === '' ? null : value);
const toBoolean = (value: unknown) =>
  value === '' || value === null ? null : value === true || value === 'true';

function defaultsFrom(profile: Profile | null | undefined, sensitive: boolean): Partial<FormInput> {
  if (profile === null || profile === undefined) return {};
  const { consentRecordedAt: _at, sensitiveVisible: _visible, ...fields } = profile;
  if (!sensitive) for (const name of SENSITIVE_FIELDS) Reflect.deleteProperty(fields, name);
  return fields;
}

type Form = UseFormReturn<FormInput, unknown, FormOutput>;

/** The profile's selects: codes and yes/no, each with an empty "not given" choice. */
function ProfileFields({ form, sensitive }: { form: Form; sensitive: boolean }) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  const yesNo: Option[] = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const booleanSelect = (name: BooleanField) => (
    <SelectField
      key={name}
      label={t(`profile.${name}`)}
      placeholder={t('common.unknown')}
      options={yesNo}
      {...field(name, { setValueAs: toBoolean })}
    />
  );
  const enumSelect = (
    name: 'sex' | 'ageBand' | 'qualificationLevel',
    group: string,
    codes: readonly string[],
  ) => (
    <SelectField
      label={t(`profile.${name}`)}
      placeholder={t('common.unknown')}
      options={codeOptions(t, group, codes)}
      {...field(name, { setValueAs: toNullable })}
    />
  );
  return (
    <>
      {enumSelect('sex', 'sex', SEXES)}
      {enumSelect('ageBand', 'ageBand', AGE_BANDS)}
      {enumSelect('qualificationLevel', 'qualificationLevel', QUALIFICATION_LEVELS)}
      {BOOLEAN_FIELDS.map(booleanSelect)}
      {sensitive && (
        <fieldset className="fieldset">
          <legend>{t('profile.sensitive')}</legend>
          {SENSITIVE_FIELDS.map(booleanSelect)}
        </fieldset>
      )}
      <CheckboxField label={t('profile.consent')} {...field('consent')} />
    </>
  );
}

function ProfileForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const update = useParticipantMutation('updateProfile', participant.id);
  const reload = useReloadParticipant(participant.id);
  const sensitive = participant.can.seeSensitive;
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(profileFormSchema),
    defaultValues: defaultsFrom(participant.profile, sensitive),
  });
  const { submitError, done, onSubmit } = useFormSubmit(form, async (values) => {
    await update.mutateAsync({ ...values, version: participant.version });
  });
  return (
    <WriteForm submitError={submitError} reload={reload} onSubmit={onSubmit}>
      <p>{t('profile.intro')}</p>

      {done && <Success>{t('profile.saved')}</Success>}
      <ProfileFields form={form} sensitive={sensitive} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('profile.submit')}
      </button>
    </WriteForm>
  );
}

export function ProfileSection({ participant }: { participant: ParticipantDetail }) {
  const { t, i18n } = useTranslation();
  const consentAt = participant.profile?.consentRecordedAt;
  return (
    <div className="stack">
      <p>
        {consentAt
          ? t('profile.consentAt', { date: formatDate(consentAt, i18n.language) })
          : t('profile.noConsent')}
      </p>
      {participant.can.edit && <ProfileForm participant={participant} />}
    </div>
  );
}
