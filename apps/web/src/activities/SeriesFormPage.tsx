import { zodResolver } from '@hookform/resolvers/zod';
import { createSeriesBodySchema } from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../api/context.js';
import { useToday } from '../time/clock.js';
import { CheckboxField, SelectField, TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { addDays, isoWeekday } from '../time/time.js';
import { WEEKDAYS } from './format.js';
import { facilitatorField, PlanFields, PlanPage, PlanResult, usePlan } from './PlanFields.js';

/** The contract, with the select's strings made numbers and an empty facilitator meaning none. */
export const seriesFormSchema = createSeriesBodySchema.extend({
  weekday: z.coerce.number().int().min(1).max(7),
  facilitatorId: facilitatorField,
});
type FormInput = z.input<typeof seriesFormSchema>;
type FormOutput = z.output<typeof seriesFormSchema>;

/**
 * A weekly series in a few taps: everything but the day has a sensible default (this week, for
 * eight weeks, 14:00 for two hours, ten seats, no session on public holidays), so a partner can plan
 * it on a phone.
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
  const today = useToday()();
  const { error, result, staffOptions, send } = usePlan(organisationId);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(seriesFormSchema),
    defaultValues: {
      weekday: String(isoWeekday(today)),
      startTime: '14:00',
      durationMinutes: 120,
      firstOn: today,
      lastOn: addDays(today, 7 * 8),
      skipHolidays: true,
      capacity: 10,
      place: '',
      facilitatorId: '',
    },
  });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);
  const onSubmit = form.handleSubmit((values) =>
    send(
      () => client.call('createSeries', { params: { id: activityId }, body: values }),
      form.setError,
    ),
  );
  return (
    <>
      {result !== null && <PlanResult result={result} activityId={activityId} />}
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={error} />
        <SelectField
          label={t('activities.seriesWeekday')}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`activities.weekdays.${d}`) }))}
          {...field('weekday')}
        />
        <TextField label={t('activities.startTime')} type="time" {...field('startTime')} />
        <TextField
          label={t('activities.duration')}
          type="number"
          inputMode="numeric"
          {...field('durationMinutes', { valueAsNumber: true })}
        />
        <TextField label={t('activities.firstOn')} type="date" {...field('firstOn')} />
        <TextField label={t('activities.lastOn')} type="date" {...field('lastOn')} />
        <CheckboxField
          label={t('activities.skipHolidays')}
          hint={t('activities.skipHolidaysHint')}
          {...field('skipHolidays')}
        />
        <PlanFields
          fields={{
            capacity: field('capacity', { valueAsNumber: true }),
            place: field('place'),
            facilitatorId: field('facilitatorId'),
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
