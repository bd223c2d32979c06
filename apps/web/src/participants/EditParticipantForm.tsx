import { zodResolver } from '@hookform/resolvers/zod';
import {
  REFERRAL_SOURCES,
  TERRITORIES,
  updateParticipantBodySchema,
  type ParticipantDetail,
} from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { codeOptions } from '../ui/options.js';
import { fieldsOf } from '../ui/fields.js';
import { applyServerErrors } from '../ui/serverErrors.js';
import { useParticipantMutation, useReloadParticipant } from './useParticipantMutation.js';

/** The editable facts of first contact; an emptied contact or commune is removed (null on the wire). */
const editSchema = updateParticipantBodySchema
  .omit({ version: true, contact: true, commune: true })
  .extend({
    contact: z.string().trim().max(200),
    commune: z.string().trim().max(100),
  });
type FormInput = z.input<typeof editSchema>;
type FormOutput = z.output<typeof editSchema>;

export function EditParticipantForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const update = useParticipantMutation('updateParticipant', participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(editSchema),
    values: {
      pseudonym: participant.pseudonym,
      contact: participant.contact ?? '',
      commune: participant.commune ?? '',
      ...(participant.referralSource ? { referralSource: participant.referralSource } : {}),
      ...(participant.territory ? { territory: participant.territory } : {}),
    },
  });
  const field = fieldsOf(form);
  const onSubmit = form.handleSubmit(async ({ contact, commune, ...values }) => {
    try {
      await update.mutateAsync({
        ...values,
        contact: contact || null,
        commune: commune || null,
        version: participant.version,
      });
    } catch (caught) {
      applyServerErrors(caught, form.setError, t);
    }
  });
  return (
    <details className="card">
      <summary>{t('edit.title')}</summary>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError
          error={update.error}
          onReload={() => {
            update.reset();
            reload();
          }}
        />
        {update.isSuccess && <Success>{t('edit.saved')}</Success>}
        <TextField label={t('create.pseudonym')} autoComplete="off" {...field('pseudonym')} />
        <SelectField
          label={t('create.referralSource')}
          options={codeOptions(t, 'referralSource', REFERRAL_SOURCES)}
          {...field('referralSource')}
        />
        <SelectField
          label={t('create.territory')}
          options={codeOptions(t, 'territory', TERRITORIES)}
          {...field('territory')}
        />
        <TextField label={t('edit.commune')} optional {...field('commune')} />
        <TextField label={t('edit.contact')} optional {...field('contact')} />
        <button type="submit" className="button primary" disabled={update.isPending}>
          {t('edit.submit')}
        </button>
      </form>
    </details>
  );
}
