import { zodResolver } from '@hookform/resolvers/zod';
import type { Contract, ParticipantDetail } from '@territoires/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../api/context.js';
import { queryKeys } from '../api/hooks.js';
import { useReloadParticipant } from '../participants/useParticipantMutation.js';
import { TextAreaField, TextField } from '../ui/Field.js';
import { Success } from '../ui/FormError.js';
import { WriteForm } from '../ui/WriteForm.js';
import { useSubmitError } from '../ui/useSubmitError.js';
import { amendContractFormSchema, CONTRACT_ERROR_FIELDS } from './contractSchemas.js';
import { itemMessages, ObjectiveList } from './ObjectiveList.js';

type Schema = ReturnType<typeof amendContractFormSchema>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** An amendment always has a reason; only what changed is sent, so the history shows the difference. */
export function AmendContractForm({
  participant,
  contract,
}: {
  participant: ParticipantDetail;
  contract: Contract;
}) {
  const { t } = useTranslation();
  const client = useApi();
  const queryClient = useQueryClient();
  const reload = useReloadParticipant(participant.id);
  const [done, setDone] = useState(false);
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
  const { errors, isSubmitting } = form.formState;
  const objectives = useController({ control: form.control, name: 'objectives' });
  const submitError = useSubmitError(form.setError, CONTRACT_ERROR_FIELDS);

  const onSubmit = form.handleSubmit(async ({ reason, plannedEndOn, objectives: texts }) => {
    submitError.clear();
    setDone(false);
    try {
      const detail = await client.call('amendContract', {
        params: { id: participant.id, contractId: contract.id },
        body: {
          version: participant.version,
          reason,
          ...(plannedEndOn !== undefined && plannedEndOn !== contract.plannedEndOn
            ? { plannedEndOn }
            : {}),
          ...(texts !== undefined && !sameList(texts, currentObjectives)
            ? { objectives: texts }
            : {}),
        },
      });
      queryClient.setQueryData(queryKeys.participant(participant.id), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
      form.reset({
        reason: '',
        plannedEndOn: detail.contracts?.find((c) => c.id === contract.id)?.plannedEndOn,
        objectives: texts,
      });
      setDone(true);
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  const objectiveErrors = itemMessages(errors.objectives);

  return (
    <WriteForm
      title={{ id: 'amend-title', text: t('contract.amendTitle') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      {done && <Success>{t('contract.amended')}</Success>}
      <TextAreaField
        label={t('contract.reason')}
        registration={form.register('reason')}
        error={errors.reason?.message}
      />
      <TextField
        label={t('contract.plannedEndOn')}
        type="date"
        registration={form.register('plannedEndOn')}
        error={errors.plannedEndOn?.message}
      />
      <ObjectiveList
        value={objectives.field.value ?? []}
        onChange={objectives.field.onChange}
        onBlur={objectives.field.onBlur}
        itemErrors={objectiveErrors}
        error={errors.objectives?.message ?? errors.objectives?.root?.message}
      />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {t('contract.amendSubmit')}
      </button>
    </WriteForm>
  );
}
