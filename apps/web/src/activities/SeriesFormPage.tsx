import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { createSeriesBodySchema, type SessionWriteResult } from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { useApi } from '../api/context.js';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { useToday } from '../layout/clock.js';
import { Loading, Page } from '../layout/Page.js';
import { SelectField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { applyServerErrors } from '../ui/serverErrors.js';
import { activityKeys, WEEKDAYS } from './format.js';
import { OverlapWarnings } from './OverlapWarnings.js';

/** The contract, with the select's strings made numbers and an empty facilitator meaning none. */
export const seriesFormSchema = createSeriesBodySchema.extend({
  weekday: z.coerce.number().int().min(1).max(7),
  facilitatorId: z
    .uuid()
    .or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
});
type FormInput = z.input<typeof seriesFormSchema>;
type FormOutput = z.output<typeof seriesFormSchema>;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const weekdayOf = (date: string) =>
  String(((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1);

/**
 * A weekly series in a few taps: everything but the day has a sensible default (this week, for
 * eight weeks, 14:00 for two hours, ten seats), so a partner can plan it on a phone.
 */
function SeriesForm({
  activityId,
  organisationId,
}: {
  activityId: string;
  organisationId: string;
}) {
  const { t } = useTranslation();
  const client = useApi();
  const queryClient = useQueryClient();
  const today = useToday()();
  const [error, setFormError] = useState<unknown>(null);
  const [result, setResult] = useState<SessionWriteResult | null>(null);
  const staffQuery = { organisationId };
  const staff = useApiQuery('listStaff', queryKeys.staff(staffQuery), { query: staffQuery });
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(seriesFormSchema),
    defaultValues: {
      weekday: weekdayOf(today),
      startTime: '14:00',
      durationMinutes: 120,
      firstOn: today,
      lastOn: addDays(today, 7 * 8),
      capacity: 10,
      place: '',
      facilitatorId: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setResult(null);
    try {
      const created = await client.call('createSeries', {
        params: { id: activityId },
        body: values,
      });
      setResult(created);
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
    } catch (caught) {
      if (!applyServerErrors(caught, form.setError, t)) setFormError(caught);
    }
  });
  const staffOptions = (staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <>
      {result !== null && (
        <>
          <Success>{t('activities.created', { count: result.sessions.length })}</Success>
          <OverlapWarnings warnings={result.warnings} />
          <p>
            <Link to={`/activites/${activityId}`}>{t('activities.backToActivity')}</Link>
          </p>
        </>
      )}
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={error} />
        <SelectField
          label={t('activities.seriesWeekday')}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`activities.weekdays.${d}`) }))}
          registration={form.register('weekday')}
          error={errors.weekday?.message}
        />
        <TextField
          label={t('activities.startTime')}
          type="time"
          registration={form.register('startTime')}
          error={errors.startTime?.message}
        />
        <TextField
          label={t('activities.duration')}
          type="number"
          inputMode="numeric"
          registration={form.register('durationMinutes', { valueAsNumber: true })}
          error={errors.durationMinutes?.message}
        />
        <TextField
          label={t('activities.firstOn')}
          type="date"
          registration={form.register('firstOn')}
          error={errors.firstOn?.message}
        />
        <TextField
          label={t('activities.lastOn')}
          type="date"
          registration={form.register('lastOn')}
          error={errors.lastOn?.message}
        />
        <TextField
          label={t('activities.capacity')}
          type="number"
          inputMode="numeric"
          registration={form.register('capacity', { valueAsNumber: true })}
          error={errors.capacity?.message}
        />
        <TextField
          label={t('activities.place')}
          hint={t('activities.placeHint')}
          optional
          registration={form.register('place')}
          error={errors.place?.message}
        />
        <SelectField
          label={t('activities.facilitator')}
          optional
          placeholder={t('activities.noFacilitator')}
          options={staffOptions}
          registration={form.register('facilitatorId')}
          error={errors.facilitatorId?.message}
        />
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('activities.createSeries')}
        </button>
      </form>
    </>
  );
}

export function SeriesFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const activity = useApiQuery('getActivity', activityKeys.activity(id), { params: { id } });
  return (
    <Page title={t('activities.seriesTitle')}>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <FormError error={activity.error} />
      ) : (
        <>
          <p>
            <Link to={`/activites/${id}`}>{activity.data.title}</Link>
          </p>
          <SeriesForm activityId={id} organisationId={activity.data.organisationId} />
        </>
      )}
    </Page>
  );
}
