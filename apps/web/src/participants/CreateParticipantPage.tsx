import { zodResolver } from '@hookform/resolvers/zod';
import { createParticipantBodySchema, REFERRAL_SOURCES, TERRITORIES } from '@territoires/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useApi } from '../api/context.js';
import { queryKeys } from '../api/hooks.js';
import { Page } from '../layout/Page.js';
import { SelectField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { codeOptions } from '../ui/options.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';

/** The quick form: what a référent can type on a phone in half a minute. */
export const createParticipantFormSchema = createParticipantBodySchema.pick({
  pseudonym: true,
  referralSource: true,
  territory: true,
  contact: true,
});
type FormInput = z.input<typeof createParticipantFormSchema>;
type FormOutput = z.output<typeof createParticipantFormSchema>;

export function CreateParticipantPage() {
  const { t } = useTranslation();
  const client = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(createParticipantFormSchema),
    // Empty selects fail the enum check with "Choisissez une option".
    defaultValues: {
      pseudonym: '',
      contact: '',
      referralSource: '' as FormInput['referralSource'],
      territory: '' as FormInput['territory'],
    },
  });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);

  const { submitError, onSubmit } = useFormSubmit(form, async ({ contact, ...values }) => {
    const created = await client.call('createParticipant', {
      body: {
        ...values,
        ...(contact === undefined || contact === '' ? {} : { contact }),
        phase: 'discovery',
      },
    });
    queryClient.setQueryData(queryKeys.participant(created.id), created);
    await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
    await navigate(`/participants/${created.id}`);
  });

  return (
    <Page title={t('create.title')}>
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>{t('create.intro')}</p>
        <FormError error={submitError.error} />
        <TextField
          label={t('create.pseudonym')}
          hint={t('create.pseudonymHint')}
          autoComplete="off"
          {...field('pseudonym')}
        />
        <SelectField
          label={t('create.referralSource')}
          placeholder={t('common.choose')}
          options={codeOptions(t, 'referralSource', REFERRAL_SOURCES)}
          {...field('referralSource')}
        />
        <SelectField
          label={t('create.territory')}
          placeholder={t('common.choose')}
          options={codeOptions(t, 'territory', TERRITORIES)}
          {...field('territory')}
        />
        <TextField
          label={t('create.contact')}
          hint={t('create.contactHint')}
          optional
          autoComplete="off"
          {...field('contact')}
        />
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('create.submit')}
        </button>
      </form>
    </Page>
  );
}
