import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  ACTIVITY_KINDS,
  createActivityBodySchema,
  DI_THEMATIQUES,
  TERRITORIES,
  type Activity,
} from '@territoires/contracts';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { useApi } from '../api/context.js';
import { useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { Loading, Page } from '../layout/Page.js';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { codeOptions } from '../ui/options.js';
import { applyServerErrors } from '../ui/serverErrors.js';
import { activityKeys } from './format.js';

/** The contract, with an empty territory select meaning "none". */
export const activityFormSchema = createActivityBodySchema.extend({
  territory: z
    .enum(TERRITORIES)
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
});
type FormInput = z.input<typeof activityFormSchema>;
type FormOutput = z.output<typeof activityFormSchema>;

const MANAGING_ROLES = new Set(['org_admin', 'partner_staff', 'referent', 'coordinator']);
/** The thématiques closest to the programme, offered as boxes to tick. */
const OFFERED = DI_THEMATIQUES.filter(
  (c) => c.startsWith('remobilisation--') || c.startsWith('choisir-un-metier--'),
);

function useOrganisationOptions() {
  const { session } = useSession();
  const memberships = session?.user.memberships ?? [];
  const coordination = memberships.some((m) => m.role === 'coordination');
  const all = useApiQuery('listOrganisations', ['organisations'], undefined, {
    enabled: coordination,
  });
  if (coordination) return (all.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const mine = memberships.filter((m) => MANAGING_ROLES.has(m.role));
  return [
    ...new Map(
      mine.map((m) => [m.organisationId, { value: m.organisationId, label: m.organisationName }]),
    ).values(),
  ];
}

const defaults = (activity: Activity | undefined, organisationId: string): FormInput => ({
  organisationId: activity?.organisationId ?? organisationId,
  title: activity?.title ?? '',
  kind: activity?.kind ?? ('' as FormInput['kind']),
  description: activity?.description ?? '',
  thematiques: (activity?.thematiques ?? []) as FormInput['thematiques'],
  address: activity?.address ?? '',
  postalCode: activity?.postalCode ?? '',
  commune: activity?.commune ?? '',
  codeInsee: activity?.codeInsee ?? '',
  territory: activity?.territory ?? '',
  contactEmail: activity?.contactEmail ?? '',
  contactPhone: activity?.contactPhone ?? '',
  equipment: activity?.equipment ?? '',
  openToOtherPublics: activity?.openToOtherPublics ?? true,
});

function ActivityForm({ activity }: { activity?: Activity }) {
  const { t } = useTranslation();
  const client = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const organisations = useOrganisationOptions();
  const [error, setFormError] = useState<unknown>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(activityFormSchema),
    defaultValues: defaults(
      activity,
      organisations.length === 1 ? (organisations[0]?.value ?? '') : '',
    ),
  });
  const { errors, isSubmitting } = form.formState;
  // The session may arrive after the first render: a single organisation is then chosen for the user.
  const only = organisations.length === 1 ? organisations[0]?.value : undefined;
  useEffect(() => {
    if (only !== undefined && form.getValues('organisationId') === '')
      form.setValue('organisationId', only);
  }, [only, form]);
  const offered = [...new Set([...OFFERED, ...(activity?.thematiques ?? [])])];

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { organisationId: _organisationId, ...fields } = values;
      const saved = activity
        ? await client.call('updateActivity', {
            params: { id: activity.id },
            body: { ...fields, version: activity.version },
          })
        : await client.call('createActivity', { body: values });
      queryClient.setQueryData(activityKeys.activity(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
      await navigate(`/activites/${saved.id}`);
    } catch (caught) {
      if (!applyServerErrors(caught, form.setError, t)) setFormError(caught);
    }
  });

  return (
    <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError error={error} />
      {!activity && (
        <SelectField
          label={t('activities.organisation')}
          placeholder={t('common.choose')}
          options={organisations}
          registration={form.register('organisationId')}
          error={errors.organisationId?.message}
        />
      )}
      <TextField
        label={t('activities.title')}
        autoComplete="off"
        registration={form.register('title')}
        error={errors.title?.message}
      />
      <SelectField
        label={t('activities.kind')}
        placeholder={t('common.choose')}
        options={codeOptions(t, 'activityKind', ACTIVITY_KINDS)}
        registration={form.register('kind')}
        error={errors.kind?.message}
      />
      <TextAreaField
        label={t('activities.description')}
        optional
        registration={form.register('description')}
        error={errors.description?.message}
      />
      <fieldset className="field">
        <legend>
          {t('activities.thematiques')} <span className="optional">({t('common.optional')})</span>
        </legend>
        {offered.map((code) => (
          <label key={code} className="checkbox">
            <input type="checkbox" value={code} {...form.register('thematiques')} />{' '}
            {t(`codes.thematique.${code}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('activities.address')}
        optional
        registration={form.register('address')}
        error={errors.address?.message}
      />
      <TextField
        label={t('activities.postalCode')}
        optional
        inputMode="numeric"
        registration={form.register('postalCode')}
        error={errors.postalCode?.message}
      />
      <TextField
        label={t('activities.commune')}
        optional
        registration={form.register('commune')}
        error={errors.commune?.message}
      />
      <TextField
        label={t('activities.codeInsee')}
        hint={t('activities.codeInseeHint')}
        optional
        registration={form.register('codeInsee')}
        error={errors.codeInsee?.message}
      />
      <SelectField
        label={t('activities.territory')}
        optional
        placeholder={t('common.choose')}
        options={codeOptions(t, 'territory', TERRITORIES)}
        registration={form.register('territory')}
        error={errors.territory?.message}
      />
      <TextField
        label={t('activities.equipment')}
        optional
        registration={form.register('equipment')}
        error={errors.equipment?.message}
      />
      <TextField
        label={t('activities.contactEmail')}
        type="email"
        optional
        registration={form.register('contactEmail')}
        error={errors.contactEmail?.message}
      />
      <TextField
        label={t('activities.contactPhone')}
        type="tel"
        optional
        registration={form.register('contactPhone')}
        error={errors.contactPhone?.message}
      />
      <CheckboxField
        label={t('activities.openToOtherPublics')}
        registration={form.register('openToOtherPublics')}
      />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {isSubmitting ? t('common.saving') : t('activities.saveActivity')}
      </button>
    </form>
  );
}

export function CreateActivityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('activities.createTitle')}>
      <ActivityForm />
    </Page>
  );
}

export function EditActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const activity = useApiQuery('getActivity', activityKeys.activity(id), { params: { id } });
  return (
    <Page title={t('activities.editTitle')}>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <FormError error={activity.error} />
      ) : (
        <ActivityForm activity={activity.data} />
      )}
    </Page>
  );
}
