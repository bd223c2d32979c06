import { zodResolver } from '@hookform/resolvers/zod';
import {
  createOrganisationBodySchema,
  ORGANISATION_KINDS,
  type Organisation,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { codeOptions } from '../ui/options.js';
import { CheckboxField, SelectField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { accountKeys } from './keys.js';
import './accounts.css';

type Input = z.input<typeof createOrganisationBodySchema>;
type Output = z.output<typeof createOrganisationBodySchema>;

/** Adds an organisation, or edits one (the same fields, one schema). */
function OrganisationForm({
  organisation,
  onDone,
}: {
  organisation?: Organisation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useApiMutation('createOrganisation', [accountKeys.organisations]);
  const update = useApiMutation('updateOrganisation', [accountKeys.organisations]);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(createOrganisationBodySchema),
    defaultValues: {
      name: organisation?.name ?? '',
      kind: organisation?.kind ?? 'partner_association',
      sensitiveName: organisation?.sensitiveName ?? false,
      publicName: organisation?.publicName ?? '',
      siret: organisation?.siret ?? '',
    },
  });
  const field = fieldsOf(form);
  const { submitError, onSubmit } = useFormSubmit(form, async (body) => {
    if (organisation) await update.mutateAsync({ params: { id: organisation.id }, body });
    else await create.mutateAsync({ body });
    form.reset();
    onDone();
  });
  const titleId = `organisation-form-${organisation?.id ?? 'new'}`;
  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>
        {organisation
          ? t('organisations.edit', { name: organisation.name })
          : t('organisations.add')}
      </h2>
      <FormError error={submitError.error} />
      <TextField label={t('organisations.name')} {...field('name')} />
      <SelectField
        label={t('organisations.kind')}
        options={codeOptions(t, 'organisationKind', ORGANISATION_KINDS)}
        {...field('kind')}
      />
      <CheckboxField label={t('organisations.sensitive')} {...field('sensitiveName')} />
      <TextField
        label={t('organisations.publicName')}
        hint={t('organisations.publicNameHint')}
        optional
        {...field('publicName')}
      />
      <TextField
        label={t('organisations.siret')}
        hint={t('organisations.siretHint')}
        inputMode="numeric"
        optional
        {...field('siret')}
      />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {organisation ? t('organisations.save') : t('organisations.create')}
      </button>
    </form>
  );
}

/** Coordination's list of the consortium's organisations. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useApiQuery('listOrganisations', accountKeys.organisations);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const done = () => {
    setEditing(null);
    setSaved(true);
  };
  return (
    <Page title={t('organisations.title')}>
      <div className="stack">
        <p>{t('organisations.intro')}</p>
        {saved && <Success>{t('organisations.saved')}</Success>}
        <OrganisationForm onDone={done} />
        {organisations.isPending && <Loading />}
        <FormError error={organisations.error} />
        <ul className="stack">
          {(organisations.data ?? []).map((organisation) => (
            <li key={organisation.id} className="card stack">
              <p>
                <strong>{organisation.name}</strong> –{' '}
                {t(`codes.organisationKind.${organisation.kind}`)}
                {organisation.sensitiveName && ` (${t('organisations.sensitiveBadge')})`}
              </p>
              {organisation.siret !== null && (
                <p className="hint">
                  {t('organisations.siret')} {organisation.siret}
                </p>
              )}
              {editing === organisation.id ? (
                <OrganisationForm organisation={organisation} onDone={done} />
              ) : (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(organisation.id);
                  }}
                >
                  {t('organisations.edit', { name: organisation.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </Page>
  );
}
