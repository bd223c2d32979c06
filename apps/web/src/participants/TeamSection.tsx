import { zodResolver } from '@hookform/resolvers/zod';
import {
  assignTeamBodySchema,
  TEAM_ROLES,
  type ParticipantDetail,
  type TeamRole,
} from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { useToday } from '../time/clock.js';
import { SelectField, TextField } from '../ui/Field.js';
import { Success } from '../ui/FormError.js';
import { WriteForm } from '../ui/WriteForm.js';
import { codeOptions } from '../ui/options.js';
import { formatDate } from '../time/time.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { useParticipantMutation, useReloadParticipant } from './useParticipantMutation.js';

const assignFormSchema = assignTeamBodySchema.omit({ version: true });
type FormInput = z.input<typeof assignFormSchema>;
type FormOutput = z.output<typeof assignFormSchema>;

function AssignForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const today = useToday()();
  const assign = useParticipantMutation('assignTeam', participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(assignFormSchema),
    defaultValues: { role: 'referent', startOn: today },
  });
  const role: TeamRole = form.watch('role');
  const staff = useApiQuery('listStaff', queryKeys.staff({ role }), { query: { role } });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(
    form,
    async (values) => {
      await assign.mutateAsync({ ...values, version: participant.version });
    },
    { 'team.member_not_eligible': 'staffId' },
  );
  return (
    <WriteForm
      title={{ id: 'assign-title', text: t('team.assignTitle') }}
      submitError={submitError}
      reload={reload}
      onSubmit={onSubmit}
    >
      {done && <Success>{t('team.assigned')}</Success>}
      <SelectField
        label={t('team.role')}
        options={codeOptions(t, 'teamRole', TEAM_ROLES)}
        {...field('role')}
      />
      <SelectField
        label={t('team.staff')}
        placeholder={t('common.choose')}
        options={(staff.data ?? []).map((member) => ({
          value: member.id,
          label: member.displayName,
        }))}
        {...field('staffId')}
      />
      <TextField label={t('team.startOn')} type="date" {...field('startOn')} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('team.submit')}
      </button>
    </WriteForm>
  );
}

export function TeamSection({ participant }: { participant: ParticipantDetail }) {
  const { t, i18n } = useTranslation();
  const current = (participant.team ?? []).filter((member) => member.endOn === null);
  return (
    <div className="stack">
      <h3>{t('team.current')}</h3>
      {current.length === 0 ? (
        <p>{t('team.empty')}</p>
      ) : (
        <ul>
          {current.map((member) => (
            <li key={member.id}>
              <strong>{member.displayName}</strong> · {t(`codes.teamRole.${member.role}`)} ·{' '}
              {t('team.since', { date: formatDate(member.startOn, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
      {participant.can.changeTeam && <AssignForm participant={participant} />}
    </div>
  );
}
