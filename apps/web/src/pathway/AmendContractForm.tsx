import { zodResolver } from '@hookform/resolvers/zod';
import type { BodyOf, Contract, ParticipantDetail } from '@territoires/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../api/context.js';
import { queryKeys } from '../api/hooks.js';
import { useReloadParticipant } from '../participants/useParticipantMutation.js';
import { TextAreaField, TextField } from '../ui/Field.js';
import { Success } from '../ui/FormError.js';
import { WriteForm } from '../ui/WriteForm.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { amendContractFormSchema, CONTRACT_ERROR_FIELDS } from './contractSchemas.js';
import { listErrors, ObjectiveList } from './ObjectiveList.js';

type Schema = ReturnType<typeof amendContractFormSchema>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

interface Props {
  participant: ParticipantDetail;
  contract: Contract;
}

/** Sends the amendment; the answer is the new file, put straight in the cache. */
function useAmend({ participant, contract }: Props) {
  const client = useApi();
  const queryClient = useQueryClient();
  return async (body: BodyOf<'amendContract'>) => {
    const detail = await client.call('amendContract', {
      params: { id: participant.id, contractId: contract.id },
      body,
    });
    queryClient.setQueryData(queryKeys.participant(participant.id), detail);
    await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
    return detail;
  };
}

/** An amendment always has a reason; only what changed is sent, so the history shows the difference. */
export function AmendContractForm({ participant, contract }: Props) {
  const { t } = useTranslation();
  const amend = useAmend({ participant, contract });
  const reload = useReloadParticipant(participant.id);
  const schema = useMemo(() => amendContractFormSchema(contract.signedOn), [contract.signedOn]);
  const currentObjectives = contract.objectives.map((objective) => objective.text);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      reason: '',
      plannedEndOn: contract.plannedEndOn,
      objectives: currentObjectives,
    },
  });
  const objectives = useController({ control: form.control, name: 'objectives' });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(
    form,
    async ({ reason, plannedEndOn, objectives: texts }) => {
      const detail = await amend({
        version: participant.version,
        reason,
        ...(plannedEndOn !== undefined && plannedEndOn !== contract.plannedEndOn
          ? { plannedEndOn }
          : {}),
        ...(texts !== undefined && !sameList(texts, currentObjectives)
          ? { objectives: texts }
          : {}),
      });
      form.reset({
        reason: '',
        plannedEndOn: detail.contracts?.find((c) => c.id === contract.id)?.plannedEndOn,
        objectives: texts,
      });
    },
    CONTRACT_ERROR_FIELDS,
  );
  return (
    <WriteForm
      title={{ id: 'amend-title', text: t('contract.amendTitle') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      {done && <Success>{t('contract.amended')}</Success>}
      <TextAreaField label={t('contract.reason')} {...field('reason')} />
      <TextField label={t('contract.plannedEndOn')} type="date" {...field('plannedEndOn')} />
      <ObjectiveList
        value={objectives.field.value ?? []}
        onChange={objectives.field.onChange}
        onBlur={objectives.field.onBlur}
        {...listErrors(form.formState.errors, 'objectives')}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('contract.amendSubmit')}
      </button>
    </WriteForm>
  );
}
