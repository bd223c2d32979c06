import { zodResolver } from '@hookform/resolvers/zod';
import { createSessionBodySchema } from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useApi } from '../api/context.js';
import { useToday } from '../time/clock.js';
import { TextField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { facilitatorField, PlanFields, PlanPage, PlanResult, usePlan } from './PlanFields.js';

/** The contract, with an empty facilitator meaning none. */
export const sessionFormSchema = createSessionBodySchema.extend({
  facilitatorId: facilitatorField,
});
type FormInput = z.input<typeof sessionFormSchema>;
type FormOutput = z.output<typeof sessionFormSchema>;

/** One session on one day (an outing, an interview preparation): today, 14:00–16:00, ten seats. */
function SessionForm({
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
    resolver: zodResolver(sessionFormSchema),
    defaultValues: {
      date: today,
      startTime: '14:00',
      endTime: '16:00',
      capacity: 10,
      place: '',
      facilitatorId: '',
    },
  });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);
  const onSubmit = form.handleSubmit((values) =>
    send(
      () => client.call('createSession', { params: { id: activityId }, body: values }),
      form.setError,
    ),
  );
  return (
    <>
      {result !== null && <PlanResult result={result} activityId={activityId} />}
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={error} />
        <TextField label={t('activities.sessionDate')} type="date" {...field('date')} />
        <TextField label={t('activities.startTime')} type="time" {...field('startTime')} />
        <TextField label={t('activities.endTime')} type="time" {...field('endTime')} />
        <PlanFields
          fields={{
            capacity: field('capacity', { valueAsNumber: true }),
            place: field('place'),
            facilitatorId: field('facilitatorId'),
          }}
          staffOptions={staffOptions}
        />
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('activities.createSession')}
        </button>
      </form>
    </>
  );
}

export function SessionFormPage() {
  const { t } = useTranslation();
  return (
    <PlanPage
      title={t('activities.sessionTitle')}
      form={(activity) => (
        <SessionForm activityId={activity.id} organisationId={activity.organisationId} />
      )}
    />
  );
}
