import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { createSeriesBodySchema, type SessionWriteResult } from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../api/context.js';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { useToday } from '../layout/clock.js';
import { SelectField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { applyServerErrors } from '../ui/serverErrors.js';
import { activityKeys, WEEKDAYS } from './format.js';
import { addDays, facilitatorField, PlanFields, PlanPage, PlanResult } from './PlanFields.js';

/** The contract, with the select's strings made numbers and an empty facilitator meaning none. */
export const seriesFormSchema = createSeriesBodySchema.extend({
  weekday: z.coerce.number().int().min(1).max(7),
  facilitatorId: facilitatorField,
});
type FormInput = z.input<typeof seriesFormSchema>;
type FormOutput = z.output<typeof seriesFormSchema>;

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
      {result !== null && <PlanResult result={result} activityId={activityId} />}
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
        <PlanFields
          registrations={{
            capacity: form.register('capacity', { valueAsNumber: true }),
            place: form.register('place'),
            facilitatorId: form.register('facilitatorId'),
          }}
          errors={{
            capacity: errors.capacity?.message,
            place: errors.place?.message,
            facilitatorId: errors.facilitatorId?.message,
          }}
          staffOptions={staffOptions}
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
  return (
    <PlanPage
      title={t('activities.seriesTitle')}
      form={(activity) => (
        <SeriesForm activityId={activity.id} organisationId={activity.organisationId} />
      )}
    />
  );
}
