import { zodResolver } from '@hookform/resolvers/zod';
import {
  EXIT_SITUATIONS,
  exitCategory,
  recordExitBodySchema,
  SITUATIONS_NEEDING_MONTHS,
  type ExitSituation,
  type ParticipantDetail,
} from '@territoires/contracts';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useToday } from '../time/clock.js';
import {
  useParticipantMutation,
  useReloadParticipant,
} from '../participants/useParticipantMutation.js';
import { SelectField, TextAreaField, TextField } from '../ui/Field.js';
import { WriteForm } from '../ui/WriteForm.js';
import { codeOptions } from '../ui/options.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';

const needsMonths = (situation: string | undefined): boolean =>
  SITUATIONS_NEEDING_MONTHS.includes(situation as ExitSituation);

/** The exit form: the body minus the version; CDD and interim need the contract length. */
export const exitFormSchema = recordExitBodySchema.omit({ version: true }).superRefine(
  (value, ctx) => {
    if (needsMonths(value.situation) && value.contractMonths === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['contractMonths'],
        params: { code: 'exit.contract_months_required' },
      });
    }
  },
  { when: () => true },
);
type FormInput = z.input<typeof exitFormSchema>;
type FormOutput = z.output<typeof exitFormSchema>;

const toMonths = (value: unknown): number | undefined => {
  if (value === '' || value === undefined || value === null) return undefined;
  const number = Number(value);
  return Number.isNaN(number) ? (value as number) : number;
};

type Form = UseFormReturn<FormInput, unknown, FormOutput>;

/** The category the situation (and the contract length) will give, shown before saving. */
function CategoryPreview({ form }: { form: Form }) {
  const { t } = useTranslation();
  const situation = form.watch('situation') as ExitSituation | '' | undefined;
  const months = form.watch('contractMonths');
  const known = situation !== undefined && situation !== '' && EXIT_SITUATIONS.includes(situation);
  const category = known
    ? exitCategory(situation, typeof months === 'number' && !Number.isNaN(months) ? months : null)
    : null;
  return (
    <p className="category-preview" aria-live="polite">
      {category !== null && (
        <>
          <span className="label">{t('exit.category')} : </span>
          <strong>{t(`codes.exitCategory.${category}`)}</strong>
        </>
      )}
    </p>
  );
}

export function ExitForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const today = useToday()();
  const exit = useParticipantMutation('recordExit', participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(exitFormSchema),
    defaultValues: { exitOn: today, comment: '' },
    shouldUnregister: true,
  });
  const field = fieldsOf(form);
  const { submitError, onSubmit } = useFormSubmit(
    form,
    async ({ comment, contractMonths, ...values }) => {
      await exit.mutateAsync({
        ...values,
        version: participant.version,
        ...(needsMonths(values.situation) && contractMonths !== undefined
          ? { contractMonths }
          : {}),
        ...(comment === undefined || comment === '' ? {} : { comment }),
      });
    },
    { 'exit.contract_months_required': 'contractMonths', 'exit.before_entry': 'exitOn' },
  );
  return (
    <WriteForm
      title={{ id: 'exit-title', text: t('exit.title') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      <TextField label={t('exit.exitOn')} type="date" {...field('exitOn')} />
      <SelectField
        label={t('exit.situation')}
        placeholder={t('common.choose')}
        options={codeOptions(t, 'exitSituation', EXIT_SITUATIONS)}
        {...field('situation')}
      />
      {needsMonths(form.watch('situation')) && (
        <TextField
          label={t('exit.contractMonths')}
          type="number"
          inputMode="numeric"
          {...field('contractMonths', { setValueAs: toMonths })}
        />
      )}
      <TextAreaField label={t('exit.comment')} optional {...field('comment')} />
      <CategoryPreview form={form} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('exit.submit')}
      </button>
    </WriteForm>
  );
}
