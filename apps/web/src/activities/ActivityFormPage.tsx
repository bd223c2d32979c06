import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  ACTIVITY_KINDS,
  createActivityBodySchema,
  DI_THEMATIQUES,
  TERRITORIES,
  type Activity,
} from '@territoires/contracts';
import { useEffect } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { useApi } from '../api/context.js';
import { useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { Loading, Page } from '../layout/Page.js';
import { CheckboxField, SelectField, TextAreaField, TextField, type Option } from '../ui/Field.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { FormError } from '../ui/FormError.js';
import { codeOptions } from '../ui/options.js';
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

/** The thématiques closest to the programme, offered as boxes to tick. */
const OFFERED = DI_THEMATIQUES.filter(
  (c) => c.startsWith('remobilisation--') || c.startsWith('choisir-un-metier--'),
);

function useOrganisationOptions() {
  const { session } = useSession();
  const memberships = session?.user.memberships ?? [];
  // Where this person manages activities is the server's answer (the activities policy).
  const managed = session?.user.can.manageActivitiesAt ?? [];
  const everywhere = managed === 'all';
  const all = useApiQuery('listOrganisations', ['organisations'], undefined, {
    enabled: everywhere,
  });
  if (everywhere) return (all.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const mine = memberships.filter((m) => managed.includes(m.organisationId));
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

type Form = UseFormReturn<FormInput, unknown, FormOutput>;

function useActivityForm(activity: Activity | undefined, organisations: Option[]): Form {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(activityFormSchema),
    defaultValues: defaults(
      activity,
      organisations.length === 1 ? (organisations[0]?.value ?? '') : '',
    ),
  });
  // The session may arrive after the first render: a single organisation is then chosen for the user.
  const only = organisations.length === 1 ? organisations[0]?.value : undefined;
  useEffect(() => {
    if (only !== undefined && form.getValues('organisationId') === '')
      form.setValue('organisationId', only);
  }, [only, form]);
  return form;
}

/** Creates or updates the activity, then opens it. */
function useSaveActivity(activity: Activity | undefined) {
  const client = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (values: FormOutput) => {
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
  };
}

/** What the activity is: its organisation (on creation), title, kind, description, thématiques. */
function WhatFields({
  form,
  activity,
  organisations,
}: {
  form: Form;
  activity: Activity | undefined;
  organisations: Option[];
}) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  const offered = [...new Set([...OFFERED, ...(activity?.thematiques ?? [])])];
  return (
    <>
      {!activity && (
        <SelectField
          label={t('activities.organisation')}
          placeholder={t('common.choose')}
          options={organisations}
          {...field('organisationId')}
        />
      )}
      <TextField label={t('activities.title')} autoComplete="off" {...field('title')} />
      <SelectField
        label={t('activities.kind')}
        placeholder={t('common.choose')}
        options={codeOptions(t, 'activityKind', ACTIVITY_KINDS)}
        {...field('kind')}
      />
      <TextAreaField label={t('activities.description')} optional {...field('description')} />
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
    </>
  );
}

/** Where it happens and whom to ask: address, territory, equipment, contact, openness. */
function WhereFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  return (
    <>
      <TextField label={t('activities.address')} optional {...field('address')} />
      <TextField
        label={t('activities.postalCode')}
        optional
        inputMode="numeric"
        {...field('postalCode')}
      />
      <TextField label={t('activities.commune')} optional {...field('commune')} />
      <TextField
        label={t('activities.codeInsee')}
        hint={t('activities.codeInseeHint')}
        optional
        {...field('codeInsee')}
      />
      <SelectField
        label={t('activities.territory')}
        optional
        placeholder={t('common.choose')}
        options={codeOptions(t, 'territory', TERRITORIES)}
        {...field('territory')}
      />
      <TextField label={t('activities.equipment')} optional {...field('equipment')} />
      <TextField
        label={t('activities.contactEmail')}
        type="email"
        optional
        {...field('contactEmail')}
      />
      <TextField
        label={t('activities.contactPhone')}
        type="tel"
        optional
        {...field('contactPhone')}
      />
      <CheckboxField label={t('activities.openToOtherPublics')} {...field('openToOtherPublics')} />
    </>
  );
}

function ActivityForm({ activity }: { activity?: Activity }) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const form = useActivityForm(activity, organisations);
  const save = useSaveActivity(activity);
  const { submitError, onSubmit } = useFormSubmit(form, save);
  const { isSubmitting } = form.formState;
  return (
    <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError error={submitError.error} />
      <WhatFields form={form} activity={activity} organisations={organisations} />
      <WhereFields form={form} />
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
