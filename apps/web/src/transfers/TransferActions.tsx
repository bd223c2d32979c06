import type { Transfer, TransferStatus } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { SelectField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { transferKeys } from './keys.js';

/** Everything a decision may change: the transfers, and files (organisation, team, timeline). */
const TOUCHED = [transferKeys.all, queryKeys.participants] as const;

interface Props {
  transfer: Transfer;
  onDone: (status: TransferStatus) => void;
}

/** The receiving side accepts (naming, if it wishes, the référent who joins the team) or refuses. */
function Decide({ transfer, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const accept = useApiMutation('acceptTransfer', TOUCHED);
  const refuse = useApiMutation('refuseTransfer', TOUCHED);
  const organisationId = transfer.to.id;
  const staff = useApiQuery('listStaff', queryKeys.staff({ role: 'referent', organisationId }), {
    query: { role: 'referent', organisationId },
  });
  const form = useForm<{ referentId: string }>({ defaultValues: { referentId: '' } });
  const field = fieldsOf(form);
  const { submitError, onSubmit } = useFormSubmit(
    form,
    async ({ referentId }) => {
      const body = referentId === '' ? {} : { referentId };
      await accept.mutateAsync({ params: { id: transfer.id }, body });
      onDone('accepted');
    },
    { 'transfer.referent_not_eligible': 'referentId' },
  );
  const busy = accept.isPending || refuse.isPending;
  return (
    <form
      className="form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="visually-hidden">
        {t('transfers.accept.title', { pseudonym: transfer.pseudonym })}
      </h3>
      <FormError error={submitError.error ?? refuse.error} />
      <SelectField
        label={t('transfers.accept.referent')}
        hint={t('transfers.accept.referentHint')}
        placeholder={t('transfers.accept.later')}
        options={(staff.data ?? []).map((member) => ({
          value: member.id,
          label: member.displayName,
        }))}
        {...field('referentId')}
      />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {t('transfers.accept.submit')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => {
            submitError.clear();
            refuse.mutate(
              { params: { id: transfer.id } },
              {
                onSuccess: () => {
                  onDone('refused');
                },
              },
            );
          }}
        >
          {t('transfers.refuse')}
        </button>
      </div>
    </form>
  );
}

/** The sending side withdraws a pending proposal. */
function Cancel({ transfer, onDone }: Props) {
  const { t } = useTranslation();
  const cancel = useApiMutation('cancelTransfer', TOUCHED);
  return (
    <div className="stack">
      <FormError error={cancel.error} />
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          disabled={cancel.isPending}
          onClick={() => {
            cancel.mutate(
              { params: { id: transfer.id } },
              {
                onSuccess: () => {
                  onDone('cancelled');
                },
              },
            );
          }}
        >
          {t('transfers.cancel')}
        </button>
      </div>
    </div>
  );
}

/** What the viewer may do to a pending transfer (the server says it in `can`). */
export function TransferActions({ transfer, onDone }: Props) {
  const [gone, setGone] = useState(false);
  if (gone) return null;
  const done = (status: TransferStatus) => {
    setGone(true);
    onDone(status);
  };
  return (
    <>
      {transfer.can.decide && <Decide transfer={transfer} onDone={done} />}
      {transfer.can.cancel && <Cancel transfer={transfer} onDone={done} />}
    </>
  );
}
