import { zodResolver } from '@hookform/resolvers/zod';
import { contractDeadline, type ParticipantDetail, type StaffMember } from '@territoires/contracts';
import { useEffect } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useToday } from '../time/clock.js';
import {
  useParticipantMutation,
  useReloadParticipant,
} from '../participants/useParticipantMutation.js';
import { CheckboxField, TextField } from '../ui/Field.js';
import { WriteForm } from '../ui/WriteForm.js';
import { formatDate } from '../time/time.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { CoSigners } from './CoSigners.js';
import { CONTRACT_ERROR_FIELDS, signContractFormSchema } from './contractSchemas.js';
import { itemMessages, ObjectiveList } from './ObjectiveList.js';

type FormInput = z.input<typeof signContractFormSchema>;
type FormOutput = z.output<typeof signContractFormSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  participant: ParticipantDetail;
  candidates: readonly StaffMember[];
  onSigned?: () => void;
}

export function SignContractForm({ participant, candidates, onSigned }: Props) {
  const { t, i18n } = useTranslation();
  const today = useToday()();
  const sign = useParticipantMutation('signContract', participant.id);
  const reload = useReloadParticipant(participant.id);
  const currentTeam = (participant.team ?? [])
    .filter((member) => member.endOn === null)
    .map((member) => member.staffId);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(signContractFormSchema),
    defaultValues: {
      signedOn: today,
      plannedEndOn: contractDeadline(today),
      coSigners: {
        staffIds: currentTeam.filter((id) => candidates.some((staff) => staff.id === id)),
      },
      objectives: [''],
    },
  });
  const { errors, isSubmitting, dirtyFields } = form.formState;
  const staffIds = useController({ control: form.control, name: 'coSigners.staffIds' });
  const objectives = useController({ control: form.control, name: 'objectives' });
  const signedOn = form.watch('signedOn');
  const validSignedOn = ISO_DATE.test(signedOn);
  const deadline = validSignedOn ? contractDeadline(signedOn) : null;

  // The planned end follows the signature date until someone sets it by hand.
  useEffect(() => {
    if (deadline !== null && dirtyFields.plannedEndOn !== true)
      form.setValue('plannedEndOn', deadline);
  }, [deadline, dirtyFields.plannedEndOn, form]);

  const submitError = useSubmitError(form.setError, CONTRACT_ERROR_FIELDS);
  const onSubmit = form.handleSubmit(async (values) => {
    submitError.clear();
    try {
      await sign.mutateAsync({ ...values, version: participant.version });
      onSigned?.();
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  const objectiveErrors = itemMessages(errors.objectives);

  return (
    <WriteForm
      title={{ id: 'sign-contract-title', text: t('contract.signTitle') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      <TextField
        label={t('contract.signedOn')}
        type="date"
        registration={form.register('signedOn')}
        error={errors.signedOn?.message}
      />
      <TextField
        label={t('contract.plannedEndOn')}
        type="date"
        registration={form.register('plannedEndOn')}
        error={errors.plannedEndOn?.message}
      />
      {deadline !== null && (
        <p className="deadline" aria-live="polite">
          {t('contract.deadlineIs', { date: formatDate(deadline, i18n.language) })}
        </p>
      )}
      <CoSigners
        candidates={candidates}
        value={staffIds.field.value}
        onChange={staffIds.field.onChange}
        error={
          errors.coSigners?.staffIds?.type === 'too_small'
            ? t('contract.coSignersHint')
            : errors.coSigners?.staffIds?.message
        }
      />
      <CheckboxField
        label={t('contract.participantSigned')}
        registration={form.register('coSigners.participant')}
        error={errors.coSigners?.participant?.message}
      />
      <ObjectiveList
        value={objectives.field.value}
        onChange={objectives.field.onChange}
        onBlur={objectives.field.onBlur}
        itemErrors={objectiveErrors}
        error={errors.objectives?.message ?? errors.objectives?.root?.message}
      />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {t('contract.submit')}
      </button>
    </WriteForm>
  );
}
