import type { SessionWriteResult } from '@territoires/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { applyServerErrors } from '../ui/serverErrors.js';
import { Loading, Page } from '../layout/Page.js';
import { z } from 'zod';
import { SelectField, TextField } from '../ui/Field.js';
import type { FieldBinding } from '../ui/fields.js';
import { FormError, Success } from '../ui/FormError.js';
import { activityKeys } from './format.js';
import { OverlapWarnings } from './OverlapWarnings.js';
import { SkippedHolidays } from './SkippedHolidays.js';

/** The facilitator select: an empty choice means nobody in particular. */
export const facilitatorField = z
  .uuid()
  .or(z.literal('').transform(() => null))
  .nullable()
  .optional();

type PlanField = 'capacity' | 'place' | 'facilitatorId';

/** Seats, place and facilitator: the same for one session and for a weekly series. */
export function PlanFields({
  fields,
  staffOptions,
}: {
  fields: Record<PlanField, FieldBinding>;
  staffOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('activities.capacity')}
        type="number"
        inputMode="numeric"
        {...fields.capacity}
      />
      <TextField
        label={t('activities.place')}
        hint={t('activities.placeHint')}
        optional
        {...fields.place}
      />
      <SelectField
        label={t('activities.facilitator')}
        optional
        placeholder={t('activities.noFacilitator')}
        options={staffOptions}
        {...fields.facilitatorId}
      />
    </>
  );
}

/** What a plan created: how many sessions, any facilitator clash, holidays skipped, the way back. */
export function PlanResult({
  result,
  activityId,
}: {
  result: SessionWriteResult;
  activityId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Success>{t('activities.created', { count: result.sessions.length })}</Success>
      <OverlapWarnings warnings={result.warnings} />
      <SkippedHolidays skipped={result.skipped} />
      <p>
        <Link to={`/activites/${activityId}`}>{t('activities.backToActivity')}</Link>
      </p>
    </>
  );
}

/** The frame of a planning page: the activity it plans for, then the form. */
export function PlanPage({
  title,
  form,
}: {
  title: string;
  form: (activity: { id: string; organisationId: string }) => ReactNode;
}) {
  const { id = '' } = useParams();
  const activity = useApiQuery('getActivity', activityKeys.activity(id), { params: { id } });
  return (
    <Page title={title}>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        <FormError error={activity.error} />
      ) : (
        <>
          <p>
            <Link to={`/activites/${id}`}>{activity.data.title}</Link>
          </p>
          {form({ id, organisationId: activity.data.organisationId })}
        </>
      )}
    </Page>
  );
}

/**
 * What both planning forms share: the organisation's staff to pick a facilitator from, and sending
 * the plan (field errors onto the form, anything else above it, the result below).
 */
export function usePlan(organisationId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<SessionWriteResult | null>(null);
  const staffQuery = { organisationId };
  const staff = useApiQuery('listStaff', queryKeys.staff(staffQuery), { query: staffQuery });
  const staffOptions = (staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }));
  const send = async <T extends FieldValues>(
    call: () => Promise<SessionWriteResult>,
    setFieldError: UseFormSetError<T>,
  ) => {
    setError(null);
    setResult(null);
    try {
      setResult(await call());
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
    } catch (caught) {
      if (!applyServerErrors(caught, setFieldError, t)) setError(caught);
    }
  };
  return { error, result, staffOptions, send };
}
