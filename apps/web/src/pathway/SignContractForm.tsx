import { zodResolver } from '@hookform/resolvers/zod';
import { contractDeadline, type ParticipantDetail, type StaffMember } from '@territoires/contracts';
import { useEffect } from 'react';
import { useController, useForm, type UseFormReturn } from 'react-hook-form';
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
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { CoSigners } from './CoSigners.js';
import { CONTRACT_ERROR_FIELDS, signContractFormSchema } from './contractSchemas.js';
import { listErrors, ObjectiveList } from './ObjectiveList.js';

type FormInput = z.input<typeof signContractFormSchema>;
type FormOutput = z.output<typeof signContractFormSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  participant: ParticipantDetail;
  candidates: readonly StaffMember[];
  onSigned?: () => void;
}

type Form = UseFormReturn<FormInput, unknown, FormOutput>;

function useSignForm(participant: ParticipantDetail, candidates: readonly StaffMember[]): Form {
  const today = useToday()();
  const currentTeam = (participant.team ?? [])
    .filter((member) => member.endOn === null)
    .map((member) => member.staffId);
  return useForm<FormInput, unknown, FormOutput>({
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
}

/** The 15-month deadline of the signature date; the planned end follows it until set by hand. */
function useDeadline(form: Form): string | null {
  const { dirtyFields } = form.formState;
  const signedOn = form.watch('signedOn');
  const deadline = ISO_DATE.test(signedOn) ? contractDeadline(signedOn) : null;
  useEffect(() => {
    if (deadline !== null && dirtyFields.plannedEndOn !== true)
      form.setValue('plannedEndOn', deadline);
  }, [deadline, dirtyFields.plannedEndOn, form]);
  return deadline;
}

/** The team's co-signers (at least one) and the participant's own signature. */
function Signatures({ form, candidates }: { form: Form; candidates: readonly StaffMember[] }) {
  const { t } = useTranslation();
  const staffIds = useController({ control: form.control, name: 'coSigners.staffIds' });
  const error = form.formState.errors.coSigners?.staffIds;
  return (
    <>
      <CoSigners
        candidates={candidates}
        value={staffIds.field.value}
        onChange={staffIds.field.onChange}
        error={error?.type === 'too_small' ? t('contract.coSignersHint') : error?.message}
      />
      <CheckboxField
        label={t('contract.participantSigned')}
        {...fieldsOf(form)('coSigners.participant')}
      />
    </>
  );
}

export function SignContractForm({ participant, candidates, onSigned }: Props) {
  const { t, i18n } = useTranslation();
  const sign = useParticipantMutation('signContract', participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useSignForm(participant, candidates);
  const deadline = useDeadline(form);
  const objectives = useController({ control: form.control, name: 'objectives' });
  const field = fieldsOf(form);
  const { submitError, onSubmit } = useFormSubmit(
    form,
    async (values) => {
      await sign.mutateAsync({ ...values, version: participant.version });
      onSigned?.();
    },
    CONTRACT_ERROR_FIELDS,
  );
  return (
    <WriteForm
      title={{ id: 'sign-contract-title', text: t('contract.signTitle') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      <TextField label={t('contract.signedOn')} type="date" {...field('signedOn')} />
      <TextField label={t('contract.plannedEndOn')} type="date" {...field('plannedEndOn')} />
      {deadline !== null && (
        <p className="deadline" aria-live="polite">
          {t('contract.deadlineIs', { date: formatDate(deadline, i18n.language) })}
        </p>
      )}
      <Signatures form={form} candidates={candidates} />
      <ObjectiveList
        value={objectives.field.value}
        onChange={objectives.field.onChange}
        onBlur={objectives.field.onBlur}
        {...listErrors(form.formState.errors, 'objectives')}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('contract.submit')}
      </button>
    </WriteForm>
  );
}
