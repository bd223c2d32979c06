import type { Reflection } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiMutation } from '../api/hooks.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import { experienceKeys } from './keys.js';

// Deleting a reflexivity time its author started and left empty, offered only when the server says
// `can.delete`: nothing is written in it, so nothing is lost and no confirmation is asked.

function DeleteButton({
  label,
  pending,
  error,
  onDelete,
}: {
  label: string;
  pending: boolean;
  error: unknown;
  onDelete: () => Promise<void>;
}) {
  return (
    <>
      <button
        type="button"
        className="button secondary"
        disabled={pending}
        onClick={() => void onDelete().catch(() => undefined)}
      >
        <span aria-hidden="true">🗑️ </span>
        {label}
      </button>
      <FormError error={error} />
    </>
  );
}

/** In the participant's space: from the list, or from the reflexivity time itself (then back to the list). */
export function DeleteMyReflection({
  reflection,
  backToList = false,
}: {
  reflection: Reflection;
  backToList?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const remove = useApiMutation('deleteMyReflection', [experienceKeys.myReflections]);
  return (
    <DeleteButton
      label={t('mySpace.deleteEmptyReflection', {
        date: formatDate(reflection.heldOn, i18n.language),
      })}
      pending={remove.isPending}
      error={remove.error}
      onDelete={async () => {
        await remove.mutateAsync({ params: { id: reflection.id } });
        if (backToList) await navigate('/moi/reflexions', { replace: true });
      }}
    />
  );
}

/** On the participant's file, for the staff member who held it. */
export function DeleteReflection({ reflection }: { reflection: Reflection }) {
  const { t } = useTranslation();
  const remove = useApiMutation('deleteReflection', [
    experienceKeys.reflections(reflection.participantId),
  ]);
  return (
    <DeleteButton
      label={t('reflections.deleteEmpty')}
      pending={remove.isPending}
      error={remove.error}
      onDelete={async () => {
        await remove.mutateAsync({ params: { id: reflection.id } });
      }}
    />
  );
}
