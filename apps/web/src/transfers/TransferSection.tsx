import { zodResolver } from '@hookform/resolvers/zod';
import {
  proposeTransferBodySchema,
  type ParticipantDetail,
  type TransferStatus,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { SelectField, TextAreaField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { transferKeys } from './keys.js';
import { TransferActions } from './TransferActions.js';
import { TransferCard } from './TransferCard.js';
import './transfers.css';

type FormInput = z.input<typeof proposeTransferBodySchema>;
type FormOutput = z.output<typeof proposeTransferBodySchema>;

/** The following organisation's coordinateur (or coordination) proposes moving the file. */
function ProposeForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const id = participant.id;
  const propose = useApiMutation('proposeTransfer', [
    transferKeys.ofParticipant(id),
    queryKeys.timeline(id),
    transferKeys.all,
  ]);
  const organisations = useApiQuery('listOrganisations', ['organisations']);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(proposeTransferBodySchema),
    defaultValues: { organisationId: '', reason: '' },
  });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(
    form,
    async (body) => {
      await propose.mutateAsync({ params: { id }, body });
    },
    {
      'transfer.same_organisation': 'organisationId',
      'transfer.unknown_organisation': 'organisationId',
    },
  );
  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="transfer-propose-title"
    >
      <h3 id="transfer-propose-title">{t('transfers.propose.title')}</h3>
      <p>{t('transfers.propose.intro')}</p>
      {done && <Success>{t('transfers.propose.done')}</Success>}
      <FormError error={submitError.error} />
      <SelectField
        label={t('transfers.propose.organisation')}
        placeholder={t('common.choose')}
        options={(organisations.data ?? [])
          .filter((organisation) => organisation.id !== participant.organisationId)
          .map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        {...field('organisationId')}
      />
      <TextAreaField
        label={t('transfers.propose.reason')}
        hint={t('transfers.propose.reasonHint')}
        optional
        {...field('reason')}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('transfers.propose.submit')}
      </button>
    </form>
  );
}

/** On the participant's file: the pending transfer (or the form to propose one), then the past ones. */
export function TransferSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<TransferStatus | null>(null);
  const transfers = useApiQuery(
    'participantTransfers',
    transferKeys.ofParticipant(participant.id),
    {
      params: { id: participant.id },
    },
  );
  if (transfers.isPending) return <Loading />;
  if (transfers.isError) return <FormError error={transfers.error} />;
  const { items, canPropose } = transfers.data;
  const pending = items.find((item) => item.status === 'pending');
  const past = items.filter((item) => item.status !== 'pending');
  return (
    <div className="stack">
      {done !== null && <Success>{t(`transfers.done.${done}`)}</Success>}
      {pending !== undefined && (
        <TransferCard transfer={pending}>
          <TransferActions transfer={pending} onDone={setDone} />
        </TransferCard>
      )}
      {pending === undefined && canPropose && <ProposeForm participant={participant} />}
      {items.length === 0 && !canPropose && <p>{t('transfers.noneHere')}</p>}
      {past.length > 0 && (
        <>
          <h3>{t('transfers.history')}</h3>
          <ul className="cards">
            {past.map((transfer) => (
              <li key={transfer.id}>
                <TransferCard transfer={transfer} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
