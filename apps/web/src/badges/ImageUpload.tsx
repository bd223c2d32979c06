import type { Achievement } from '@territoires/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import type { ApiError } from '../api/errors.js';
import { FormError, Success } from '../ui/FormError.js';
import { badgeKeys } from './keys.js';

/** Sends the badge's PNG (multipart, field "file"); the server checks and re-encodes it. */
export function ImageUpload({ achievement }: { achievement: Achievement }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation<Achievement, ApiError, File>({
    mutationFn: async (chosen) => {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      return (await client.request('uploadAchievementImage', {
        params: { id: achievement.id },
        body,
      })) as Achievement;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: badgeKeys.achievements }),
  });
  return (
    <form
      className="inline-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (file !== null) upload.mutate(file);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('badges.image.label', { name: achievement.name })}</label>
        <input
          id={id}
          type="file"
          accept="image/png"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <button
        type="submit"
        className="button secondary"
        disabled={file === null || upload.isPending}
      >
        {t('badges.image.submit')}
      </button>
      {upload.isSuccess && <Success>{t('badges.image.done')}</Success>}
      <FormError error={upload.error} />
    </form>
  );
}
